/**
 * The conformance kit against the FHIR adapter over a real FHIR R4 server (node-fhir-server-core)
 * backed by a real PostgreSQL. The store's schema is made once per run under a unique name and
 * dropped afterwards; each test's fresh adapter gets it reseeded with exactly the kit's dataset.
 * A page size of 2 makes every list the kit asks for span several Bundle pages.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { skipUnlessAvailable } from '../../../test/support/availability.js';
import { runAdapterConformance } from '../../conformance/index.js';
import { uniqueIdentifier } from '../../sql/identifier.js';
import { createPostgresKysely } from '../../sql/postgres-connection.js';
import { DEFAULT_TEST_POSTGRES_URL, probePostgres, redactUrl } from '../../sql/probe.js';
import type { SqlDb } from '../../sql/sql-db.js';
import { createFhirBehavioralHealthAdapter } from './adapter.js';
import { seedFhirStore } from './test-server/seed.js';
import { type RunningFhirServer, startFhirTestServer } from './test-server/server.js';
import { migrateFhirStore } from './test-server/store.js';

const connectionString = process.env.HUB_TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;
const skip = skipUnlessAvailable(`PostgreSQL at ${redactUrl(connectionString)}`, await probePostgres(connectionString));

describe.skipIf(skip)('FHIR R4 behavioral health adapter (FHIR server over PostgreSQL)', () => {
  const schema = uniqueIdentifier('hub_test_fhir');
  let db: SqlDb;
  let server: RunningFhirServer;

  beforeAll(async () => {
    db = createPostgresKysely({ connectionString, schema, max: 4 });
    await migrateFhirStore(db, schema);
    server = await startFhirTestServer({ db });
  });

  afterAll(async () => {
    await server?.close();
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
    await db.destroy();
  });

  runAdapterConformance(it, {
    domain: 'behavioral-health',
    createAdapter: async (data) => {
      await seedFhirStore(db, data);
      return createFhirBehavioralHealthAdapter({ baseUrl: server.baseUrl, pageSize: 2 });
    },
    options: { timeoutMs: 30_000 },
  });
});
