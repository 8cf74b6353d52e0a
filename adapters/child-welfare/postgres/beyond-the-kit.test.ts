/**
 * What the conformance kit cannot see from outside: the adapter answers a generated population
 * exactly as the embedded adapter does, a batch costs a fixed number of statements whatever its
 * size (no N+1), and a local code the mapping lacks fails only the key whose record holds it.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipUnlessAvailable } from '../../../test/support/availability.js';
import { uniqueIdentifier } from '../../sql/identifier.js';
import { createPostgresKysely } from '../../sql/postgres-connection.js';
import { DEFAULT_TEST_POSTGRES_URL, probePostgres, redactUrl } from '../../sql/probe.js';
import type { SqlDb } from '../../sql/sql-db.js';
import { generatePopulation } from '../../synthetic/generate.js';
import { createEmbeddedChildWelfareAdapter } from '../embedded.js';
import type { CaseRecord } from '../port.js';
import { createPostgresChildWelfareAdapter } from './adapter.js';
import { migrateChildWelfare } from './migrate.js';
import { seedChildWelfare } from './seed.js';

const connectionString = process.env.HUB_TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;
const skip = skipUnlessAvailable(`PostgreSQL at ${redactUrl(connectionString)}`, await probePostgres(connectionString));

/** The database keeps instants canonically (`toISOString`); the port leaves removal and caseload order open. */
function canonical(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v) => {
    if (key === 'lastUpdated') return new Date(v as string).toISOString();
    if (key === 'circumstances') return [...(v as string[])].sort();
    if (key === 'removals') return [...(v as CaseRecord['removals'])].sort((a, b) => (a.removalId < b.removalId ? -1 : 1));
    return v;
  }));
}
const byCaseId = (cases: unknown) =>
  Array.isArray(cases) ? [...(cases as CaseRecord[])].sort((a, b) => (a.caseId < b.caseId ? -1 : 1)) : cases;

describe.skipIf(skip)('postgres child welfare adapter, beyond the kit', () => {
  const schema = uniqueIdentifier('hub_test_cwx');
  const data = generatePopulation({ size: 1500 }).childWelfare;
  const children = data.children.map((c) => c.localId);
  const workers = data.caseworkers.map((w) => w.caseworkerId);
  let admin: SqlDb;

  beforeAll(async () => {
    admin = createPostgresKysely({ connectionString, schema, max: 1 });
    await migrateChildWelfare(admin, schema);
    await seedChildWelfare(admin, data);
  });

  afterAll(async () => {
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin);
    await admin.destroy();
  });

  it('answers a generated population as the embedded adapter does', async () => {
    expect(children.length).toBeGreaterThan(20);
    const embedded = createEmbeddedChildWelfareAdapter(data);
    const adapter = createPostgresChildWelfareAdapter({ connectionString, schema });
    try {
      expect(canonical(await adapter.childrenByIds(children))).toEqual(canonical(await embedded.childrenByIds(children)));
      expect(canonical(await adapter.casesByChildIds(children))).toEqual(canonical(await embedded.casesByChildIds(children)));
      expect(canonical((await adapter.caseloadsByCaseworkerIds(workers)).map(byCaseId))).toEqual(
        canonical((await embedded.caseloadsByCaseworkerIds(workers)).map(byCaseId)),
      );
      expect(canonical(await adapter.listCaseworkers({ first: 100 }))).toEqual(canonical(await embedded.listCaseworkers({ first: 100 })));
    } finally {
      await adapter.close?.();
    }
  });

  it('issues a fixed number of statements per batch, whatever its size', async () => {
    let statements = 0;
    const adapter = createPostgresChildWelfareAdapter({ connectionString, schema, log: () => void statements++ });
    const count = async (call: () => Promise<unknown>) => {
      statements = 0;
      await call();
      return statements;
    };
    try {
      for (const [method, keys, expected] of [
        ['childrenByIds', children, 1],
        ['casesByChildIds', children, 3],
        ['caseloadsByCaseworkerIds', workers, 3],
        ['caseworkersByIds', workers, 1],
      ] as const) {
        const batch = (ids: readonly string[]) => () => adapter[method](ids);
        expect({ method, one: await count(batch(keys.slice(0, 1))), all: await count(batch(keys)) }).toEqual({
          method,
          one: expected,
          all: expected,
        });
      }
    } finally {
      await adapter.close?.();
    }
  });

  it('a local code the mapping lacks fails only the key whose record holds it', async () => {
    const withPlacements = data.cases.filter((c) => c.placements.length > 0).map((c) => c.childLocalId);
    const bad = withPlacements[0];
    const good = withPlacements.find((id) => id !== bad)!;
    const placement = data.cases.find((c) => c.childLocalId === bad)!.placements[0];
    // CURPLSET 99 ("unknown") has no port value, so the default mapping leaves it unmapped.
    await sql`update placement set setting_code = 99 where placement_id = ${placement.placementId}`.execute(admin);
    const adapter = createPostgresChildWelfareAdapter({ connectionString, schema });
    try {
      const [failed, answered] = await adapter.casesByChildIds([bad, good]);
      expect(failed).toBeInstanceOf(Error);
      expect((failed as Error).name).toBe('UnmappedCodeError');
      expect((failed as Error).message).toContain('placementSetting');
      expect(Array.isArray(answered)).toBe(true);
    } finally {
      await adapter.close?.();
    }
  });
});
