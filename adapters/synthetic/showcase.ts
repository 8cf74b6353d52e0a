/**
 * The demo child: the first person (in hub id order) who is in all four agencies' data — an
 * open child welfare case, a current IEP at school, an active BH episode with an active crisis
 * plan, and an open DV shelter enrollment as a household member whose head of household is
 * one of the child's parents — with the caseworker of that open case. Found through the
 * identity links only, the way the hub itself would.
 */
import type { SyntheticPopulation } from './population.js';
import { AGENCY_SYSTEMS } from './population.js';

export interface Showcase {
  personId: string;
  caseworkerId: string;
}

function localIds(population: SyntheticPopulation, system: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const link of population.identity.links) {
    if (link.system !== system) continue;
    const list = map.get(link.personId) ?? [];
    list.push(link.localId);
    map.set(link.personId, list);
  }
  return map;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export function findShowcase(population: SyntheticPopulation): Showcase {
  const cw = localIds(population, AGENCY_SYSTEMS.childWelfare);
  const bh = localIds(population, AGENCY_SYSTEMS.behavioralHealth);
  const dv = localIds(population, AGENCY_SYSTEMS.dvShelter);
  const school = localIds(population, AGENCY_SYSTEMS.schools);
  const openCases = groupBy(population.childWelfare.cases.filter((c) => c.status === 'OPEN'), (c) => c.childLocalId);
  const ieps = new Set(population.schools.specialEducation.filter((p) => p.endDate === null && p.iepBeginDate).map((p) => p.studentId));
  const activeEpisodes = new Set(population.behavioralHealth.episodes.filter((e) => e.status === 'active').map((e) => e.patientId));
  const crisisPlans = new Set(population.behavioralHealth.carePlans.filter((p) => p.kind === 'CRISIS' && p.status === 'active').map((p) => p.patientId));
  const openDv = population.dvShelter.enrollments.filter((e) => e.exit === null);
  const dvByClient = groupBy(openDv, (e) => e.clientId);
  const headsByHousehold = new Map(openDv.filter((e) => e.relationshipToHoH === 1).map((e) => [e.householdId, e.clientId]));
  const personByDvClient = new Map<string, string>();
  for (const [personId, ids] of dv) for (const id of ids) personByDvClient.set(id, personId);
  const parentsOf = new Map(population.households.flatMap((h) => h.childIds.map((c) => [c, new Set(h.parentIds)] as const)));

  for (const person of population.people) {
    if (person.role !== 'CHILD') continue;
    const id = person.personId;
    const openCase = (cw.get(id) ?? []).flatMap((l) => openCases.get(l) ?? [])[0];
    if (!openCase) continue;
    if (!(school.get(id) ?? []).some((l) => ieps.has(l))) continue;
    const patients = bh.get(id) ?? [];
    if (!patients.some((l) => activeEpisodes.has(l) && crisisPlans.has(l))) continue;
    const shelteredWithParent = (dv.get(id) ?? []).some((l) =>
      (dvByClient.get(l) ?? []).some((e) => {
        if (e.relationshipToHoH !== 2) return false;
        const head = headsByHousehold.get(e.householdId);
        return head !== undefined && (parentsOf.get(id)?.has(personByDvClient.get(head) ?? '') ?? false);
      }),
    );
    if (!shelteredWithParent) continue;
    return { personId: id, caseworkerId: openCase.caseworkerId };
  }
  throw new Error('No showcase child in this population (it needs at least one family with a school-age child).');
}
