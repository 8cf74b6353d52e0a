/**
 * The conformance kit against a real PostgreSQL. The schema is created once per run under a
 * unique name and dropped afterwards; each test's fresh adapter gets it reseeded with exactly
 * the kit's dataset and its own pool, which `close()` ends.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { skipUnlessAvailable } from '../../../test/support/availability.js';
import { runAdapterConformance } from '../../conformance/index.js';
import { uniqueIdentifier } from '../../sql/identifier.js';
import { createPostgresKysely } from '../../sql/postgres-connection.js';
import { DEFAULT_TEST_POSTGRES_URL, probePostgres, redactUrl } from '../../sql/probe.js';
import type { SqlDb } from '../../sql/sql-db.js';
import { createPostgresChildWelfareAdapter } from './adapter.js';
import { migrateChildWelfare } from './migrate.js';
import { seedChildWelfare } from './seed.js';

const connectionString = process.env.HUB_TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;
const skip = skipUnlessAvailable(`PostgreSQL at ${redactUrl(connectionString)}`, await probePostgres(connectionString));

describe.skipIf(skip)('postgres child welfare adapter', () => {
  const schema = uniqueIdentifier('hub_test_cw');
  let admin: SqlDb;

  beforeAll(async () => {
    admin = createPostgresKysely({ connectionString, schema, max: 1 });
    await migrateChildWelfare(admin, schema);
  });

  afterAll(async () => {
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin);
    await admin.destroy();
  });

  runAdapterConformance(it, {
    domain: 'child-welfare',
    createAdapter: async (data) => {
      await seedChildWelfare(admin, data);
      return createPostgresChildWelfareAdapter({ connectionString, schema, max: 2 });
    },
    options: { timeoutMs: 20_000 },
  });
});
