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

/** Each domain's embedded adapter over a population, so a process can build only those it serves. */
export const EMBEDDED_ADAPTER_FACTORIES: { [D in keyof HubAdapters]: (population: SyntheticPopulation) => HubAdapters[D] } = {
  identity: (p) => createEmbeddedIdentityAdapter(p.identity.links),
  childWelfare: (p) => createEmbeddedChildWelfareAdapter(p.childWelfare, asOf(p)),
  behavioralHealth: (p) => createEmbeddedBehavioralHealthAdapter(p.behavioralHealth, asOf(p)),
  dvShelter: (p) => createEmbeddedDvShelterAdapter(p.dvShelter, asOf(p)),
  schools: (p) => createEmbeddedSchoolsAdapter(p.schools, asOf(p)),
};

// Generated data describes the world as of the generator's reference date; answers that
// depend on "today" use that date, so the demo and the README's answers do not drift.
function asOf(population: SyntheticPopulation) {
  return { asOf: population.options.referenceDate };
}

export function createEmbeddedAdapters(population: SyntheticPopulation): HubAdapters {
  const f = EMBEDDED_ADAPTER_FACTORIES;
  return {
    identity: f.identity(population),
    childWelfare: f.childWelfare(population),
    behavioralHealth: f.behavioralHealth(population),
    dvShelter: f.dvShelter(population),
    schools: f.schools(population),
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
