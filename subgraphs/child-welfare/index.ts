/** The child welfare subgraph: cases, removals, placements and caseloads from the county CCWIS. */
import type { ChildWelfareAdapter } from '../../adapters/child-welfare/port.js';
import { buildFederatedSchema } from '../shared/build-federated-schema.js';
import type { PersonRepresentation } from '../shared/own-links.js';
import type { SubgraphDefinition } from '../shared/subgraph-server.js';
import { ChildWelfarePrivacyResolvers } from './privacy-resolvers.js';
import { loadChildWelfarePolicy } from './access-policy.js';
import { CaseResolver } from './case-resolver.js';
import { CaseworkerResolver } from './caseworker-resolver.js';
import { createChildWelfareContext, type ChildWelfareContext } from './context.js';
import { ChildWelfarePersonResolver } from './person-resolver.js';
import { ChildWelfareRecordResolver } from './record-resolver.js';
import { ChildWelfarePersonType } from './types.js';

export async function createChildWelfareSubgraph(
  adapter: ChildWelfareAdapter,
): Promise<SubgraphDefinition<ChildWelfareContext>> {
  const policy = loadChildWelfarePolicy();
  const schema = await buildFederatedSchema({
    resolvers: [ChildWelfarePersonResolver, ChildWelfareRecordResolver, CaseResolver, CaseworkerResolver, ...ChildWelfarePrivacyResolvers],
    // Person is reached only through `_entities`, never from this subgraph's Query.
    orphanedTypes: [ChildWelfarePersonType],
    referenceResolvers: {
      // Keep the links the gateway sent: `childWelfare` reads this agency's local id from them.
      Person: { __resolveReference: (person: PersonRepresentation) => person },
    },
  });
  return {
    name: 'child-welfare',
    schema,
    capabilities: adapter.capabilities,
    createContext: () => createChildWelfareContext(adapter, policy),
    health: () => adapter.health(),
    close: async () => adapter.close?.(),
  };
}
