/**
 * One distinct synthetic person per case, chosen from the generated population by what the case
 * needs (a DV client, a minor for the minor-only states, a patient with substance use
 * conditions, a student on the matrix caseworker's caseload, ...), plus the two probing controls.
 * Children in the FERPA (b)(1)(L) cell are moved onto the matrix caseworker's caseload before the
 * hub starts, as test-caseloads.ts does for caseload sizes.
 */
import type { SyntheticPopulation, TruePerson } from '../../../adapters/synthetic/population.js';
import { findShowcase } from '../../../adapters/synthetic/showcase.js';
import type { MatrixCase } from './cases.js';
import { MATRIX_CASEWORKER } from './callers.js';
import { LABEL_SETTINGS, type MatrixLabel } from './dimensions.js';

export interface MatrixPerson {
  personId: string;
  /** The label owner's local id for the person. */
  localId: string;
  minor: boolean;
  name: string;
  /** A parent's name, for a minor's signatures. */
  parentName: string;
  /** Ids of substance use conditions and Part 2 program episodes: data that must never leak when SUD is denied. */
  sudDataIds: string[];
  /** Caseworkers assigned to an open case with placement responsibility (FERPA (b)(1)(L) facts). */
  assignedCaseworkers: string[];
}

export interface MatrixPeople {
  byCase: Map<string, MatrixPerson>;
  /** Known to no DV program: what a DV person must look like to a caller without a release. */
  noDvControl: MatrixPerson;
  /** A patient without substance use data: what a SUD patient must look like without consent. */
  noSudControl: MatrixPerson;
}

const PART2_PROGRAM = 'org-alder-recovery';

/** Needs the FERPA (b)(1)(L) facts: the child is on the matrix caseworker's caseload. */
export const onMatrixCaseload = (c: MatrixCase) => c.label === 'EDU' && c.role === 'caseworker' && c.organization === 'county-child-welfare';

export function choosePeople(population: SyntheticPopulation, cases: readonly MatrixCase[], today = new Date()): MatrixPeople {
  const facts = populationFacts(population, today);
  const used = new Set([findShowcase(population).personId]);
  const take = (pool: string[], why: string): string => {
    const id = pool.find((p) => !used.has(p));
    if (!id) throw new Error(`The population has too few people for the access matrix (${why}); generate a larger one`);
    used.add(id);
    return id;
  };
  const pools: Record<MatrixLabel, string[]> = {
    SDV: facts.onlyLink('dv-shelter'),
    SUD: facts.onlyLink('behavioral-health').filter((id) => facts.sudDataOf(id).length > 0),
    PSY: facts.onlyLink('behavioral-health').filter((id) => facts.sudDataOf(id).length === 0),
    EDU: facts.onlyLink('schools'),
    SOC: facts.onlyLink('child-welfare'),
  };
  const minorsAtDv = pools.SDV.filter((id) => facts.isMinor(id) && facts.parentOf(id));
  const responsibleFor = new Set(facts.onlyLink('child-welfare').filter((id) => facts.openResponsibleCases(id).length > 0));
  const caseloadPool = pools.EDU.filter((id) => responsibleFor.has(id));

  const chosen = new Map<string, string>();
  // Scarcest first, so a broad pool never takes a person a narrow one needs.
  const order: Array<[(c: MatrixCase) => boolean, string[], string]> = [
    [onMatrixCaseload, caseloadPool, 'students with an open child welfare case'],
    [(c) => c.label === 'SDV' && (c.consentState === 'abuser-signed' || c.consentState === 'minor-without-parent'), minorsAtDv, 'minor DV clients'],
    ...(['SDV', 'SUD', 'PSY', 'EDU', 'SOC'] as const).map((label): [(c: MatrixCase) => boolean, string[], string] => [(c) => c.label === label, pools[label], `${label} records`]),
  ];
  for (const [needs, pool, why] of order) {
    for (const c of cases) if (!chosen.has(c.id) && needs(c)) chosen.set(c.id, take(pool, why));
  }
  for (const c of cases.filter(onMatrixCaseload)) facts.moveToMatrixCaseload(chosen.get(c.id)!);

  const personFor = (personId: string, label: MatrixLabel): MatrixPerson => facts.person(personId, LABEL_SETTINGS[label].owner);
  const byCase = new Map(cases.map((c) => [c.id, personFor(chosen.get(c.id)!, c.label)]));
  const unlinked = population.people.find((p) => !facts.systemsOf(p.personId).size && !used.has(p.personId));
  if (!unlinked) throw new Error('The population has nobody without agency records, for the no-DV control');
  const noDvControl = { ...facts.person(unlinked.personId, null), localId: '' };
  const noSudControl = personFor(take(pools.PSY, 'a patient for the no-SUD control'), 'PSY');
  return { byCase, noDvControl, noSudControl };
}

function populationFacts(population: SyntheticPopulation, today: Date) {
  const links = new Map<string, Map<string, string[]>>();
  for (const l of population.identity.links) {
    const bySystem = links.get(l.personId) ?? new Map<string, string[]>();
    bySystem.set(l.system, [...(bySystem.get(l.system) ?? []), l.localId]);
    links.set(l.personId, bySystem);
  }
  const people = new Map(population.people.map((p) => [p.personId, p]));
  const households = new Map(population.households.map((h) => [h.householdId, h]));
  const localId = (personId: string, system: string) => links.get(personId)?.get(system)?.[0];
  const sudData = new Map<string, string[]>();
  const add = (patientId: string, id: string) => sudData.set(patientId, [...(sudData.get(patientId) ?? []), id]);
  for (const c of population.behavioralHealth.conditions) if (c.substanceUse) add(c.patientId, c.id);
  for (const e of population.behavioralHealth.episodes) if (e.managingOrganization.id === PART2_PROGRAM) add(e.patientId, e.id);
  const casesOf = (personId: string) => {
    const child = localId(personId, 'child-welfare');
    return population.childWelfare.cases.filter((c) => c.childLocalId === child);
  };
  const openResponsibleCases = (personId: string) => casesOf(personId).filter((c) => c.status === 'OPEN' && c.agencyHasPlacementResponsibility);
  const ageAt = (p: TruePerson) => (today.getTime() - Date.parse(p.birthDate)) / (365.25 * 86_400_000);
  const parentOf = (personId: string) => {
    const p = people.get(personId);
    return people.get(households.get(p?.householdId ?? '')?.parentIds[0] ?? '');
  };
  const isMinor = (personId: string) => ageAt(people.get(personId)!) < 18;
  return {
    systemsOf: (personId: string) => links.get(personId) ?? new Map(),
    onlyLink: (system: string) =>
      [...links].filter(([, bySystem]) => bySystem.get(system)?.length === 1).map(([personId]) => personId).sort(),
    sudDataOf: (personId: string) => sudData.get(localId(personId, 'behavioral-health') ?? '') ?? [],
    isMinor,
    parentOf,
    openResponsibleCases,
    moveToMatrixCaseload(personId: string) {
      if (!population.childWelfare.caseworkers.some((w) => w.caseworkerId === MATRIX_CASEWORKER)) {
        population.childWelfare.caseworkers.push({ ...population.childWelfare.caseworkers[0], caseworkerId: MATRIX_CASEWORKER });
      }
      for (const c of openResponsibleCases(personId)) c.caseworkerId = MATRIX_CASEWORKER;
    },
    person(personId: string, system: string | null): MatrixPerson {
      const p = people.get(personId)!;
      const parent = parentOf(personId);
      return {
        personId,
        localId: system ? localId(personId, system)! : '',
        minor: isMinor(personId),
        name: `${p.firstName} ${p.lastName}`,
        parentName: parent ? `${parent.firstName} ${parent.lastName}` : '',
        sudDataIds: sudData.get(localId(personId, 'behavioral-health') ?? '') ?? [],
        assignedCaseworkers: openResponsibleCases(personId).map((c) => c.caseworkerId),
      };
    },
  };
}
