/**
 * A county whose child welfare tables, columns and codes are not the hub's: the schema of
 * examples/child-welfare-county.sql in a PostgreSQL schema of its own, mapped by
 * examples/child-welfare-county.yaml, built through the configuration path a subgraph uses, and
 * held to the conformance kit. Seeds go through the same mapping, so rows hold local codes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipUnlessAvailable } from '../../test/support/availability.js';
import { seedChildWelfare } from '../child-welfare/postgres/seed.js';
import { datasetFor, runAdapterConformance } from '../conformance/index.js';
import { uniqueIdentifier } from '../sql/identifier.js';
import { splitStatements } from '../sql/migrate.js';
import { createPostgresKysely } from '../sql/postgres-connection.js';
import { DEFAULT_TEST_POSTGRES_URL, probePostgres, redactUrl } from '../sql/probe.js';
import type { SqlDb } from '../sql/sql-db.js';
import type { HubAdapterConfig } from './adapter-config.js';
import { createConfiguredAdapters } from './create-adapters.js';
import { loadMapping } from './load-mapping.js';
import { parseMapping } from './parse-mapping.js';
import { checkMappedSchema } from './schema-check.js';

const connectionString = process.env.HUB_TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;
const skip = skipUnlessAvailable(`PostgreSQL at ${redactUrl(connectionString)}`, await probePostgres(connectionString));
const example = (name: string) => fileURLToPath(new URL(`./examples/${name}`, import.meta.url));
const mappingPath = example('child-welfare-county.yaml');

describe.skipIf(skip)('a county child welfare schema mapped in YAML (PostgreSQL)', () => {
  const schema = uniqueIdentifier('hub_test_county');
  let admin: SqlDb;

  beforeAll(async () => {
    admin = createPostgresKysely({ connectionString, schema, max: 1 });
    await sql`create schema ${sql.id(schema)}`.execute(admin);
    for (const statement of splitStatements(readFileSync(example('child-welfare-county.sql'), 'utf8'))) {
      await sql.raw(statement).execute(admin);
    }
  });

  afterAll(async () => {
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin);
    await admin.destroy();
  });

  it('finds every mapped table and column in the county schema', async () => {
    const parsed = await loadMapping('child-welfare', mappingPath);
    expect(await checkMappedSchema(admin, 'postgres', parsed.mapping, parsed.source)).toEqual([]);
  });

  it('names the YAML line of a table or column the database lacks', async () => {
    const text = ['domain: child-welfare', 'tables:', '  placement:', '    table: plcmt', '    columns: { setting: plcmt_setting_cd }', ''].join('\n');
    const parsed = parseMapping('child-welfare', text, 'county.yaml');
    const problems = await checkMappedSchema(admin, 'postgres', parsed.mapping, parsed.source);
    expect(problems).toContain('county.yaml:5:25: table placement: no column "plcmt_setting_cd" (port field setting) in plcmt');
    expect(problems).toContain(`county.yaml: table child: no table "person" in schema ${schema} (tables.child.table is the default; override it in the mapping)`);
  });

  it('stores local codes, not port values', async () => {
    const { mapping } = await loadMapping('child-welfare', mappingPath);
    await seedChildWelfare(admin, datasetFor('child-welfare', true), mapping);
    const settings = await sql<{ code: string }>`select distinct plcmt_type_cd as code from plcmt`.execute(admin);
    expect(settings.rows.length).toBeGreaterThan(0);
    for (const { code } of settings.rows) expect(Object.keys(mapping.codes.placementSetting)).toContain(code);
  });

  const config = (): HubAdapterConfig => ({
    identity: { kind: 'embedded' },
    childWelfare: { kind: 'postgres', url: connectionString, schema, mappingPath },
    behavioralHealth: { kind: 'embedded' },
    dvShelter: { kind: 'embedded' },
    schools: { kind: 'embedded' },
  });

  runAdapterConformance(it, {
    domain: 'child-welfare',
    createAdapter: async (data) => {
      const { mapping } = await loadMapping('child-welfare', mappingPath);
      await seedChildWelfare(admin, data, mapping);
      const configured = await createConfiguredAdapters(config(), {
        only: ['childWelfare'],
        population: () => {
          throw new Error('a database-backed domain must not generate the synthetic population');
        },
      });
      return configured.adapters.childWelfare;
    },
    options: { timeoutMs: 20_000 },
  });
});
