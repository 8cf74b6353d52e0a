/** How to build each subgraph from the hub's adapters: the one place that knows them all. */
import type { HubAdapters } from '../adapters/embedded-adapters.js';
import { demoConsents } from '../adapters/synthetic/demo-consents.js';
import type { SyntheticPopulation } from '../adapters/synthetic/population.js';
import type { ConsentStore } from './shared/consent/consent-store.js';
import type { LinkStore } from './identity/link-store/link-store.js';
import { createBehavioralHealthSubgraph } from './behavioral-health/index.js';
import { createChildWelfareSubgraph } from './child-welfare/index.js';
import { createDvShelterSubgraph } from './dv-shelter/index.js';
import { createIdentitySubgraph } from './identity/index.js';
import { createSchoolsSubgraph } from './schools/index.js';
import type { SubgraphName } from './registry.js';
import type { SubgraphDefinition } from './shared/subgraph-server.js';

/** What a subgraph needs besides its adapter; each owner opens its own stores when not given. */
export interface SubgraphDeps {
  /** The DV program's release registry. */
  dvReleases?: ConsentStore;
  /** The behavioral health provider's consent registry (Part 2 consents, HIPAA authorizations). */
  bhConsents?: ConsentStore;
  /** The school district's FERPA consent registry. */
  schoolConsents?: ConsentStore;
  /** Identity's link store (links with history, the review queue); without it identity serves its adapter's links. */
  identityLinks?: LinkStore;
  /** The synthetic population the embedded adapters serve: owners seed their demo consents from it. */
  demoPopulation?: SyntheticPopulation;
}

type Factory = (adapters: HubAdapters, deps: SubgraphDeps) => Promise<SubgraphDefinition<object>>;

export const SUBGRAPH_FACTORIES: Record<SubgraphName, Factory> = {
  identity: (a, deps) => createIdentitySubgraph(a.identity, { linkStore: deps.identityLinks }),
  'child-welfare': (a) => createChildWelfareSubgraph(a.childWelfare),
  'behavioral-health': (a, deps) =>
    createBehavioralHealthSubgraph(a.behavioralHealth, {
      consents: deps.bhConsents,
      seedConsents: deps.demoPopulation && demoConsentsOf(deps.demoPopulation, 'behavioral-health'),
    }),
  'dv-shelter': (a, deps) =>
    createDvShelterSubgraph(a.dvShelter, {
      releases: deps.dvReleases,
      seedReleases: deps.demoPopulation && demoConsentsOf(deps.demoPopulation, 'dv-shelter'),
    }),
  schools: (a, deps) => createSchoolsSubgraph(a.schools, { consents: deps.schoolConsents }),
};

export function createSubgraph(
  name: SubgraphName,
  adapters: HubAdapters,
  deps: SubgraphDeps = {},
): Promise<SubgraphDefinition<object>> {
  return SUBGRAPH_FACTORIES[name](adapters, deps);
}

function demoConsentsOf(population: SyntheticPopulation, owner: string) {
  return demoConsents(population).filter((c) => c.owner === owner);
}
