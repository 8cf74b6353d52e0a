/**
 * The DV shelter subgraph: a victim service provider's comparable database in HMIS CSV shapes.
 * It serves no shelter location at all (VAWA, 34 U.S.C. 12291(b)(2)); see types.ts.
 */
import type { DvShelterAdapter } from '../../adapters/dv-shelter/port.js';
import { buildFederatedSchema } from '../shared/build-federated-schema.js';
import type { PersonRepresentation } from '../shared/own-links.js';
import type { SubgraphDefinition } from '../shared/subgraph-server.js';
import { createDvShelterContext, type DvShelterContext } from './context.js';
import { DvShelterPersonResolver } from './person-resolver.js';
import { DvServicesRecordResolver } from './record-resolver.js';
import { DvShelterPersonType } from './types.js';

export async function createDvShelterSubgraph(adapter: DvShelterAdapter): Promise<SubgraphDefinition<DvShelterContext>> {
  const schema = await buildFederatedSchema({
    resolvers: [DvShelterPersonResolver, DvServicesRecordResolver],
    // Person is reached only through `_entities`, never from this subgraph's Query.
    orphanedTypes: [DvShelterPersonType],
    referenceResolvers: {
      // Keep the links the gateway sent: `dvServices` reads this agency's local id from them.
      Person: { __resolveReference: (person: PersonRepresentation) => person },
    },
  });
  return {
    name: 'dv-shelter',
    schema,
    capabilities: adapter.capabilities,
    createContext: () => createDvShelterContext(adapter),
    health: () => adapter.health(),
    close: async () => adapter.close?.(),
  };
}
