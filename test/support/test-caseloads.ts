import type { CaseRecord } from '../../adapters/child-welfare/port.js';
import type { SyntheticPopulation } from '../../adapters/synthetic/population.js';

/** The id of the test caseworker who carries exactly `size` children. */
export function testCaseworkerId(size: number): string {
  return `CW-W-T${size}`;
}

/**
 * Give test caseworker `CW-W-T<size>` exactly `size` open cases, taken from other workers.
 * Children known to the most agencies come first, so even the one-child caseload reaches
 * all four agencies and the three sizes are compared on the same set of calls.
 */
export function withTestCaseloads(population: SyntheticPopulation, sizes: readonly number[]): SyntheticPopulation {
  const personOf = new Map<string, string>();
  const systemsOf = new Map<string, Set<string>>();
  for (const link of population.identity.links) {
    if (link.system === 'child-welfare') personOf.set(link.localId, link.personId);
    systemsOf.set(link.personId, (systemsOf.get(link.personId) ?? new Set()).add(link.system));
  }
  const reach = (c: CaseRecord) => systemsOf.get(personOf.get(c.childLocalId) ?? '')?.size ?? 0;
  const open: CaseRecord[] = population.childWelfare.cases
    .filter((c) => c.status === 'OPEN')
    .sort((a, b) => reach(b) - reach(a));
  const template = population.childWelfare.caseworkers[0];
  let next = 0;
  for (const size of sizes) {
    const caseworkerId = testCaseworkerId(size);
    population.childWelfare.caseworkers.push({ ...template, caseworkerId });
    for (const record of open.slice(next, next + size)) record.caseworkerId = caseworkerId;
    next += size;
  }
  if (next > open.length) throw new Error(`population has only ${open.length} open cases; need ${next}`);
  return population;
}

