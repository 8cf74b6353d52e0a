/**
 * Counts per agency and cross-agency overlaps of a population, computed from the identity
 * links (as the hub would see them). Used by the CLI's report and by the tests' rate checks.
 */
import type { SyntheticPopulation } from './population.js';
import { AGENCY_SYSTEMS } from './population.js';

export interface PopulationSummary {
  people: number;
  households: number;
  children: number;
  adults: number;
  links: number;
  /** Agency records beyond the first for the same person in the same system. */
  duplicateRecords: number;
  childWelfare: { people: number; children: number; cases: number; openCases: number; caseworkers: number };
  behavioralHealth: { people: number; patients: number; episodes: number; activeEpisodes: number; conditions: number; substanceUseConditions: number; crisisPlans: number };
  dvShelter: { people: number; clients: number; enrollments: number; openEnrollments: number };
  schools: { people: number; students: number; enrollments: number; attendanceEvents: number; specialEducation: number };
  overlap: {
    childWelfareChildren: number;
    childWelfareChildrenAtSchool: number;
    childWelfareChildrenInBehavioralHealth: number;
    childrenWithParentInDvShelter: number;
    childrenEnrolledInDvShelter: number;
    schoolAgeChildren: number;
    schoolAgeChildrenAtSchool: number;
    parentsInBehavioralHealth: number;
    inAllFourAgencies: number;
  };
}

export function summarize(population: SyntheticPopulation): PopulationSummary {
  const systems = Object.values(AGENCY_SYSTEMS);
  const persons = new Map<string, Set<string>>(systems.map((s) => [s, new Set<string>()]));
  let duplicateRecords = 0;
  for (const link of population.identity.links) {
    const set = persons.get(link.system)!;
    if (set.has(link.personId)) duplicateRecords++;
    set.add(link.personId);
  }
  const inCw = persons.get(AGENCY_SYSTEMS.childWelfare)!;
  const inBh = persons.get(AGENCY_SYSTEMS.behavioralHealth)!;
  const inDv = persons.get(AGENCY_SYSTEMS.dvShelter)!;
  const inSchool = persons.get(AGENCY_SYSTEMS.schools)!;
  const ref = population.options.referenceDate;
  const age = (birth: string) => {
    const a = Number(ref.slice(0, 4)) - Number(birth.slice(0, 4));
    return ref.slice(5) < birth.slice(5) ? a - 1 : a;
  };

  const children = population.people.filter((p) => p.role === 'CHILD');
  const parentIdsByChild = new Map(population.households.flatMap((h) => h.childIds.map((c) => [c, h.parentIds] as const)));
  const cwChildren = children.filter((c) => inCw.has(c.personId));
  const schoolAge = children.filter((c) => age(c.birthDate) >= 6 && age(c.birthDate) <= 17);
  const { childWelfare: cw, behavioralHealth: bh, dvShelter: dv, schools } = population;
  return {
    people: population.people.length,
    households: population.households.length,
    children: children.length,
    adults: population.people.length - children.length,
    links: population.identity.links.length,
    duplicateRecords,
    childWelfare: {
      people: inCw.size, children: cw.children.length, cases: cw.cases.length,
      openCases: cw.cases.filter((c) => c.status === 'OPEN').length, caseworkers: cw.caseworkers.length,
    },
    behavioralHealth: {
      people: inBh.size, patients: bh.patients.length, episodes: bh.episodes.length,
      activeEpisodes: bh.episodes.filter((e) => e.status === 'active').length, conditions: bh.conditions.length,
      substanceUseConditions: bh.conditions.filter((c) => c.substanceUse).length,
      crisisPlans: bh.carePlans.filter((p) => p.kind === 'CRISIS').length,
    },
    dvShelter: {
      people: inDv.size, clients: dv.clients.length, enrollments: dv.enrollments.length,
      openEnrollments: dv.enrollments.filter((e) => e.exit === null).length,
    },
    schools: {
      people: inSchool.size, students: schools.students.length, enrollments: schools.enrollments.length,
      attendanceEvents: schools.attendanceEvents.length, specialEducation: schools.specialEducation.length,
    },
    overlap: {
      childWelfareChildren: cwChildren.length,
      childWelfareChildrenAtSchool: cwChildren.filter((c) => inSchool.has(c.personId)).length,
      childWelfareChildrenInBehavioralHealth: cwChildren.filter((c) => inBh.has(c.personId)).length,
      childrenWithParentInDvShelter: children.filter((c) => (parentIdsByChild.get(c.personId) ?? []).some((p) => inDv.has(p))).length,
      childrenEnrolledInDvShelter: children.filter((c) => inDv.has(c.personId)).length,
      schoolAgeChildren: schoolAge.length,
      schoolAgeChildrenAtSchool: schoolAge.filter((c) => inSchool.has(c.personId)).length,
      parentsInBehavioralHealth: population.people.filter((p) => p.role === 'PARENT' && inBh.has(p.personId)).length,
      inAllFourAgencies: children.filter((c) => inCw.has(c.personId) && inBh.has(c.personId) && inDv.has(c.personId) && inSchool.has(c.personId)).length,
    },
  };
}
