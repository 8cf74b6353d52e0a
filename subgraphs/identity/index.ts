/** The identity subgraph: owns `Person` and its links; holds no agency record. */
import type { IdentityAdapter } from '../../adapters/identity/port.js';
import { buildFederatedSchema } from '../shared/build-federated-schema.js';
import type { SubgraphDefinition } from '../shared/subgraph-server.js';
import { createIdentityLoaders, type IdentityContext } from './context.js';
import { LocalRecordResolver } from './local-record-resolver.js';
import { OwnLinksResolver } from './own-links-resolver.js';
import { PersonResolver, resolvePerson } from './person-resolver.js';
import type { LocalRecordType } from './types.js';

export async function createIdentitySubgraph(adapter: IdentityAdapter): Promise<SubgraphDefinition<IdentityContext>> {
  const schema = await buildFederatedSchema({
    resolvers: [PersonResolver, OwnLinksResolver, LocalRecordResolver],
    referenceResolvers: {
      Person: {
        __resolveReference: (ref: { id: string }, ctx: IdentityContext) => resolvePerson(ref.id, ctx),
      },
      LocalRecord: {
        __resolveReference: (ref: LocalRecordType) => ({ system: ref.system, localId: ref.localId }),
      },
    },
  });
  return {
    name: 'identity',
    schema,
    capabilities: adapter.capabilities,
    createContext: () => ({ loaders: createIdentityLoaders(adapter) }),
    health: () => adapter.health(),
    close: async () => adapter.close?.(),
  };
}
