/** The behavioral health subgraph: FHIR R4 episodes of care, conditions and care plans. */
import type { BehavioralHealthAdapter } from '../../adapters/behavioral-health/port.js';
import { buildFederatedSchema } from '../shared/build-federated-schema.js';
import type { PersonRepresentation } from '../shared/own-links.js';
import type { SubgraphDefinition } from '../shared/subgraph-server.js';
import { BehavioralHealthCarePlanResolver } from './care-plan-resolver.js';
import { createBehavioralHealthContext, type BehavioralHealthContext } from './context.js';
import { BehavioralHealthPersonResolver } from './person-resolver.js';
import { BehavioralHealthRecordResolver } from './record-resolver.js';
import { BehavioralHealthPersonType } from './types.js';

export async function createBehavioralHealthSubgraph(
  adapter: BehavioralHealthAdapter,
): Promise<SubgraphDefinition<BehavioralHealthContext>> {
  const schema = await buildFederatedSchema({
    resolvers: [BehavioralHealthPersonResolver, BehavioralHealthRecordResolver, BehavioralHealthCarePlanResolver],
    // Person is reached only through `_entities`, never from this subgraph's Query.
    orphanedTypes: [BehavioralHealthPersonType],
    referenceResolvers: {
      // Keep the links the gateway sent: `behavioralHealth` reads this agency's local id from them.
      Person: { __resolveReference: (person: PersonRepresentation) => person },
    },
  });
  return {
    name: 'behavioral-health',
    schema,
    capabilities: adapter.capabilities,
    createContext: () => createBehavioralHealthContext(adapter),
    health: () => adapter.health(),
    close: async () => adapter.close?.(),
  };
}
