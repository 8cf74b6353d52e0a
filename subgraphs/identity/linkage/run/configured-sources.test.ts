/**
 * The linkage run over real adapters: child welfare on a real PostgreSQL (the hub's default
 * schema, seeded from the generator) read through its adapter's demographics reader, linked with
 * the embedded other agencies into an empty link store — and a DV program on an HMIS CSV export
 * the generator wrote, of which only released clients are read (VAWA, 34 U.S.C. 12291(b)(2)).
 */
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migrateChildWelfare } from '../../../../adapters/child-welfare/postgres/migrate.js';
import { seedChildWelfare } from '../../../../adapters/child-welfare/postgres/seed.js';
import type { HubAdapterConfig } from '../../../../adapters/config/adapter-config.js';
import { exportOf, removeTmpDirs } from '../../../../adapters/dv-shelter/hmis-csv/test-support.js';
import { readAllDemographics } from '../../../../adapters/port/demographics.js';
import { uniqueIdentifier } from '../../../../adapters/sql/identifier.js';
import { createPostgresKysely } from '../../../../adapters/sql/postgres-connection.js';
import { DEFAULT_TEST_POSTGRES_URL, probePostgres, redactUrl } from '../../../../adapters/sql/probe.js';
import type { SqlDb } from '../../../../adapters/sql/sql-db.js';
import { generatePopulation } from '../../../../adapters/synthetic/generate.js';
import { skipUnlessAvailable } from '../../../../test/support/availability.js';
import { createSqlAuditStore } from '../../../shared/audit/sql-audit-store.js';
import { createPgliteClient } from '../../../shared/sql/pglite-client.js';
import { createSqlLinkStore } from '../../link-store/sql-link-store.js';
import { configuredDemographicsSources } from './configured-sources.js';
import { linkIntoStore } from './link-into-store.js';

const connectionString = process.env.HUB_TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;
const skipPg = skipUnlessAvailable(`PostgreSQL at ${redactUrl(connectionString)}`, await probePostgres(connectionString));
const population = generatePopulation({ size: 400, seed: 11 });
const embedded = { kind: 'embedded' } as const;
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});
afterAll(removeTmpDirs);

describe.skipIf(skipPg)('linkIntoStore with child welfare on PostgreSQL', () => {
  const schema = uniqueIdentifier('hub_test_link_cw');
  let admin: SqlDb;

  beforeAll(async () => {
    admin = createPostgresKysely({ connectionString, schema, max: 1 });
    await migrateChildWelfare(admin, schema);
    await seedChildWelfare(admin, population.childWelfare);
  }, 60_000);

  afterAll(async () => {
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin);
    await admin.destroy();
  });

  it("links the county's children with the embedded agencies' records of the same people", async () => {
    const config: HubAdapterConfig = {
      identity: embedded, behavioralHealth: embedded, dvShelter: embedded, schools: embedded,
      childWelfare: { kind: 'postgres', url: connectionString, schema },
    };
    const configured = await configuredDemographicsSources(config, () => population, new Set());
    closers.push(configured.close);
    expect(configured.skipped).toEqual([]);
    const auditClient = createPgliteClient();
    const store = createSqlLinkStore({ client: createPgliteClient(), audit: createSqlAuditStore({ client: auditClient, chain: 'identity' }) });
    closers.push(async () => { await store.close(); await auditClient.close(); });

    const report = await linkIntoStore({ sources: configured.sources, store, runId: 'pg-run' });
    const children = population.childWelfare.children;
    expect(report.recordsBySystem['child-welfare']).toBe(children.length);
    expect(report.recordsBySystem.schools).toBe(population.schools.students.length);

    // Judge against the generator's truth: for each true person with a child welfare record and
    // another agency's record, the store must give both the same hub person.
    const truth = population.identity.links;
    const cwPeople = new Set(truth.filter((l) => l.system === 'child-welfare').map((l) => l.personId));
    const pairs = truth.filter((l) => l.system !== 'child-welfare' && l.system !== 'dv-shelter' && cwPeople.has(l.personId))
      .map((other) => [truth.find((l) => l.system === 'child-welfare' && l.personId === other.personId)!, other]);
    expect(pairs.length).toBeGreaterThan(20);
    const stored = await store.activeLinksOf(pairs.flat().map(({ system, localId }) => ({ system, localId })));
    let same = 0;
    for (let i = 0; i < pairs.length; i++) if (stored[2 * i] && stored[2 * i]?.personId === stored[2 * i + 1]?.personId) same++;
    expect(same / pairs.length).toBeGreaterThan(0.9);
    // Every child from the database is linked to someone.
    const cwLinks = await store.activeLinksOf(children.map((c) => ({ system: 'child-welfare', localId: c.localId })));
    expect(cwLinks.filter((l) => l === null)).toHaveLength(0);
  }, 120_000);
});

describe('the linkage run over a DV HMIS CSV export', () => {
  it('reads released clients only, through the adapter the DV subgraph runs on', async () => {
    const dir = await exportOf(population.dvShelter);
    const config: HubAdapterConfig = {
      identity: embedded, childWelfare: embedded, behavioralHealth: embedded, schools: embedded,
      dvShelter: { kind: 'hmis-csv', exportDir: dir },
    };
    const ids = population.dvShelter.clients.map((c) => c.localId);
    const none = await configuredDemographicsSources(config, () => population, new Set());
    closers.push(none.close);
    const dvOf = (c: typeof none) => c.sources.find((s) => s.system === 'dv-shelter')!;
    expect(await readAllDemographics(dvOf(none))).toEqual([]);

    const released = new Set(ids.slice(0, 2));
    const some = await configuredDemographicsSources(config, () => population, released);
    closers.push(some.close);
    expect(some.skipped).toEqual([]);
    expect(some.sources.map((s) => s.system).sort()).toEqual(['behavioral-health', 'child-welfare', 'dv-shelter', 'schools']);
    expect((await readAllDemographics(dvOf(some), 1)).map((r) => r.localId).sort()).toEqual([...released].sort());
  });
});
