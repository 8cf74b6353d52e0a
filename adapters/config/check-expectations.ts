/**
 * Where `adapter:check` gets its expected answers.
 * - `--seeded-with <seed>/<size>[/<reference-date>]`: the store was seeded from the synthetic
 *   generator with those options (`npm run seed:sql` or the example's seed file for a database,
 *   `npm run fhir:serve` for the FHIR server, `hmis-csv/export-cli.ts` for an export), so the kit
 *   regenerates the same population and knows every answer: the whole kit runs.
 * - otherwise the database holds the agency's own data: the first `--sample` ids of each owner
 *   table are asked one at a time, and every batch must agree with those single answers
 *   (`conformance/observed.ts`); checks that need known answers are skipped, each saying why.
 */
import { InvalidArgumentError } from 'commander';
import type { Expectations } from '../conformance/index.js';
import { domainTable } from '../conformance/index.js';
import { DEFAULT_GENERATOR_OPTIONS, generatePopulation } from '../synthetic/generate.js';
import type { GeneratorOptions } from '../synthetic/population.js';
import type { CheckedDomain, CheckSink } from './adapter-check.js';
import { firstIds } from './first-ids.js';
import type { MappingDomain } from './mapping-domains.js';
import type { SqlConnection } from './sql-adapters.js';

/** `7/200` or `7/200/2026-05-01` (seed / size / reference date, as `npm run seed:sql` takes them). */
export function parseSeededWith(text: string): GeneratorOptions {
  const match = /^(\d+)\/(\d+)(?:\/(\d{4}-\d{2}-\d{2}))?$/.exec(text.trim());
  if (!match) {
    throw new InvalidArgumentError('expected <seed>/<size> or <seed>/<size>/<yyyy-mm-dd>, the --seed, --size and --reference-date the database was seeded with');
  }
  return { seed: Number(match[1]), size: Number(match[2]), referenceDate: match[3] ?? DEFAULT_GENERATOR_OPTIONS.referenceDate };
}

const DATASET = {
  'child-welfare': 'childWelfare',
  schools: 'schools',
  'behavioral-health': 'behavioralHealth',
  'dv-shelter': 'dvShelter',
} as const satisfies Record<CheckedDomain, string>;

/**
 * The generated dataset as the store keeps it (instants in canonical `toISOString()` form), with
 * the expectations step saying so. Synthetic data: the kit's messages may quote it.
 */
export function knownExpectations(domain: CheckedDomain, options: GeneratorOptions, sink: CheckSink): Expectations {
  const data = generatePopulation(options)[DATASET[domain]];
  const { seed, size, referenceDate } = options;
  sink.step(true, `expectations: known — the synthetic population seed ${seed}, size ${size}, reference date ${referenceDate}`);
  return { kind: 'known', data: canonicalInstants(data), methods: domainTable(domain).methods as Expectations['methods'] };
}

/** Owner keys for every batch method of `domain`: the sampled ids of its one owner table. */
export function sameKeysForEveryMethod(domain: CheckedDomain, ids: string[]): Record<string, string[]> {
  return Object.fromEntries(domainTable(domain).methods.map((method) => [method.name, ids]));
}

/**
 * The generator writes `2026-04-16T19:13:34Z`; a `timestamptz`/`DATETIME(3)` column gives back
 * `2026-04-16T19:13:34.000Z`. Same instant, so the expectation is rewritten, not the answer.
 */
function canonicalInstants<T>(data: T): T {
  return JSON.parse(JSON.stringify(data), (key, value: unknown) =>
    key === 'lastUpdated' && typeof value === 'string' ? new Date(value).toISOString() : value,
  ) as T;
}

/** Real keys to ask with, per batch method: the first `n` ids of each owner table. */
export async function sampleKeys(domain: MappingDomain, { db }: SqlConnection, mapping: object, n: number): Promise<Record<string, string[]>> {
  const m = mapping as Record<string, Parameters<typeof firstIds>[1]>;
  if (domain === 'schools') {
    const students = await firstIds(db, m.student, 'localId', n);
    return {
      studentsByIds: students,
      enrollmentsByStudentIds: students,
      attendanceEventsByStudentIds: students,
      specialEducationByStudentIds: students,
    };
  }
  const children = await firstIds(db, m.child, 'localId', n);
  const workers = await firstIds(db, m.caseworker, 'caseworkerId', n);
  return { childrenByIds: children, casesByChildIds: children, caseworkersByIds: workers, caseloadsByCaseworkerIds: workers };
}
