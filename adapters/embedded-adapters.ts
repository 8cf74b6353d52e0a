/**
 * The embedded adapter of every domain, over one generated synthetic population. This is what
 * `npm start` runs on: no database, no agency system, only data the project generates.
 */
import { createEmbeddedBehavioralHealthAdapter } from './behavioral-health/embedded.js';
import type { BehavioralHealthAdapter } from './behavioral-health/port.js';
import { createEmbeddedChildWelfareAdapter } from './child-welfare/embedded.js';
import type { ChildWelfareAdapter } from './child-welfare/port.js';
import { createEmbeddedDvShelterAdapter } from './dv-shelter/embedded.js';
import type { DvShelterAdapter } from './dv-shelter/port.js';
import { createEmbeddedIdentityAdapter } from './identity/embedded.js';
import type { IdentityAdapter } from './identity/port.js';
import { createEmbeddedSchoolsAdapter } from './schools/embedded.js';
import type { SchoolsAdapter } from './schools/port.js';
import type { SyntheticPopulation } from './synthetic/population.js';

export interface HubAdapters {
  identity: IdentityAdapter;
  childWelfare: ChildWelfareAdapter;
  behavioralHealth: BehavioralHealthAdapter;
  dvShelter: DvShelterAdapter;
  schools: SchoolsAdapter;
}

export function createEmbeddedAdapters(population: SyntheticPopulation): HubAdapters {
  // Generated data describes the world as of the generator's reference date; answers that
  // depend on "today" use that date, so the demo and the README's answers do not drift.
  const options = { asOf: population.options.referenceDate };
  return {
    identity: createEmbeddedIdentityAdapter(population.identity.links),
    childWelfare: createEmbeddedChildWelfareAdapter(population.childWelfare, options),
    behavioralHealth: createEmbeddedBehavioralHealthAdapter(population.behavioralHealth, options),
    dvShelter: createEmbeddedDvShelterAdapter(population.dvShelter, options),
    schools: createEmbeddedSchoolsAdapter(population.schools, options),
  };
}

/** A population with nobody in it: enough to build schemas (composition needs no data). */
export function emptyPopulation(): SyntheticPopulation {
  return {
    options: { seed: 0, size: 0, referenceDate: '1970-01-01' },
    people: [],
    households: [],
    identity: { links: [] },
    childWelfare: { children: [], cases: [], caseworkers: [] },
    behavioralHealth: { patients: [], episodes: [], conditions: [], carePlans: [] },
    dvShelter: { clients: [], enrollments: [] },
    schools: { students: [], enrollments: [], attendanceEvents: [], specialEducation: [] },
  };
}
