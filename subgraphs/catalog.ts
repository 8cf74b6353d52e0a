/** How to build each subgraph from the hub's adapters: the one place that knows them all. */
import type { HubAdapters } from '../adapters/embedded-adapters.js';
import { createBehavioralHealthSubgraph } from './behavioral-health/index.js';
import { createChildWelfareSubgraph } from './child-welfare/index.js';
import { createDvShelterSubgraph } from './dv-shelter/index.js';
import { createIdentitySubgraph } from './identity/index.js';
import { createSchoolsSubgraph } from './schools/index.js';
import type { SubgraphName } from './registry.js';
import type { SubgraphDefinition } from './shared/subgraph-server.js';

type Factory = (adapters: HubAdapters) => Promise<SubgraphDefinition<object>>;

export const SUBGRAPH_FACTORIES: Record<SubgraphName, Factory> = {
  identity: (a) => createIdentitySubgraph(a.identity),
  'child-welfare': (a) => createChildWelfareSubgraph(a.childWelfare),
  'behavioral-health': (a) => createBehavioralHealthSubgraph(a.behavioralHealth),
  'dv-shelter': (a) => createDvShelterSubgraph(a.dvShelter),
  schools: (a) => createSchoolsSubgraph(a.schools),
};

export function createSubgraph(name: SubgraphName, adapters: HubAdapters): Promise<SubgraphDefinition<object>> {
  return SUBGRAPH_FACTORIES[name](adapters);
}
