/** The identity subgraph: owns `Person` and its links; holds no agency record. */
import { createLinkStoreIdentityAdapter } from '../../adapters/identity/link-store-adapter.js';
import type { IdentityAdapter } from '../../adapters/identity/port.js';
import { buildFederatedSchema } from '../shared/build-federated-schema.js';
import type { SubgraphDefinition } from '../shared/subgraph-server.js';
import { createIdentityLoaders, type IdentityContext } from './context.js';
import type { LinkStore } from './link-store/link-store.js';
import { LocalRecordResolver } from './local-record-resolver.js';
import { OwnLinksResolver } from './own-links-resolver.js';
import { PersonResolver, resolvePerson } from './person-resolver.js';
import { ReviewQueueResolver } from './review-queue-resolver.js';
import { UnmergeLinkResolver } from './unmerge-link-resolver.js';
import type { LocalRecordType } from './types.js';

export interface IdentityOptions {
  /**
   * The link store: when given, links are served from it (not from `adapter`) and the review
   * queue works on it. Closed with the subgraph.
   */
  linkStore?: LinkStore;
}

export async function createIdentitySubgraph(
  embeddedAdapter: IdentityAdapter,
  options: IdentityOptions = {},
): Promise<SubgraphDefinition<IdentityContext>> {
  const { linkStore } = options;
  const adapter = linkStore ? createLinkStoreIdentityAdapter(linkStore) : embeddedAdapter;
  const schema = await buildFederatedSchema({
    resolvers: [PersonResolver, OwnLinksResolver, LocalRecordResolver, ReviewQueueResolver, UnmergeLinkResolver],
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
    createContext: () => ({ loaders: createIdentityLoaders(adapter), linkStore }),
    health: () => adapter.health(),
    close: async () => adapter.close?.(),
  };
}
