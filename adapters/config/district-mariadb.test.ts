/**
 * A district SIS with its own table and column names and local grade, attendance and disability
 * codes: the schema of examples/schools-district.sql in a MariaDB database of its own, mapped by
 * examples/schools-district.yaml, built through the configuration path a subgraph uses, and held
 * to the conformance kit. Seeds go through the same mapping, so rows hold local codes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipUnlessAvailable } from '../../test/support/availability.js';
import { datasetFor, runAdapterConformance } from '../conformance/index.js';
import { seedSchools } from '../schools/mariadb/seed.js';
import { uniqueIdentifier } from '../sql/identifier.js';
import { splitStatements } from '../sql/migrate.js';
import { createMysqlKysely, dropMysqlDatabase, ensureMysqlDatabase } from '../sql/mysql-connection.js';
import { DEFAULT_TEST_MARIADB_URL, probeMariadb, redactUrl } from '../sql/probe.js';
import type { SqlDb } from '../sql/sql-db.js';
import { adapterConfigFromEnv } from './adapter-config.js';
import { createConfiguredAdapters } from './create-adapters.js';
import { loadMapping } from './load-mapping.js';
import { checkMappedSchema } from './schema-check.js';

const uri = process.env.HUB_TEST_MARIADB_URL ?? DEFAULT_TEST_MARIADB_URL;
const skip = skipUnlessAvailable(`MariaDB at ${redactUrl(uri)}`, await probeMariadb(uri));
const example = (name: string) => fileURLToPath(new URL(`./examples/${name}`, import.meta.url));
const mappingPath = example('schools-district.yaml');

describe.skipIf(skip)('a district SIS mapped in YAML (MariaDB)', () => {
  const database = uniqueIdentifier('hub_test_district');
  const url = new URL(uri);
  url.pathname = `/${database}`;
  let admin: SqlDb;

  beforeAll(async () => {
    await ensureMysqlDatabase(uri, database);
    admin = createMysqlKysely({ uri, database, connectionLimit: 1 });
    for (const statement of splitStatements(readFileSync(example('schools-district.sql'), 'utf8'))) {
      await sql.raw(statement).execute(admin);
    }
  });

  afterAll(async () => {
    await admin?.destroy();
    await dropMysqlDatabase(uri, database);
  });

  it('finds every mapped table and column in the district database', async () => {
    const parsed = await loadMapping('schools', mappingPath);
    expect(await checkMappedSchema(admin, 'mysql', parsed.mapping, parsed.source)).toEqual([]);
  });

  it('stores the local grade codes, not Ed-Fi descriptors', async () => {
    const { mapping } = await loadMapping('schools', mappingPath);
    await seedSchools(admin, datasetFor('schools', true), mapping);
    const grades = await sql<{ code: string }>`select distinct grade_cd as code from stu_enroll`.execute(admin);
    expect(grades.rows.length).toBeGreaterThan(0);
    for (const { code } of grades.rows) expect(Object.keys(mapping.codes.gradeLevel)).toContain(code);
  });

  // Configured exactly as a schools subgraph process would be, from its environment.
  const env = { SCHOOLS_ADAPTER: 'mariadb', SCHOOLS_DATABASE_URL: url.toString(), SCHOOLS_MAPPING: mappingPath };

  runAdapterConformance(it, {
    domain: 'schools',
    createAdapter: async (data) => {
      const { mapping } = await loadMapping('schools', mappingPath);
      await seedSchools(admin, data, mapping);
      const configured = await createConfiguredAdapters(adapterConfigFromEnv(env), {
        only: ['schools'],
        population: () => {
          throw new Error('a database-backed domain must not generate the synthetic population');
        },
      });
      return configured.adapters.schools;
    },
    options: { timeoutMs: 20_000 },
  });
});
