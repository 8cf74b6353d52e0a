/**
 * The conformance kit against a real MariaDB (or MySQL). A database is created once per run
 * under a unique name and dropped afterwards; each test's fresh adapter gets it reseeded with
 * exactly the kit's dataset and its own pool, which `close()` ends. Ids are utf8mb4_bin, so the
 * kit runs with case-sensitive ids (its default) and seeds the case twins.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { skipUnlessAvailable } from '../../../test/support/availability.js';
import { runAdapterConformance } from '../../conformance/index.js';
import { uniqueIdentifier } from '../../sql/identifier.js';
import { createMysqlKysely, dropMysqlDatabase, ensureMysqlDatabase } from '../../sql/mysql-connection.js';
import { DEFAULT_TEST_MARIADB_URL, probeMariadb, redactUrl } from '../../sql/probe.js';
import type { SqlDb } from '../../sql/sql-db.js';
import { createMariadbSchoolsAdapter } from './adapter.js';
import { migrateSchools } from './migrate.js';
import { seedSchools } from './seed.js';

const uri = process.env.HUB_TEST_MARIADB_URL ?? DEFAULT_TEST_MARIADB_URL;
const skip = skipUnlessAvailable(`MariaDB at ${redactUrl(uri)}`, await probeMariadb(uri));

describe.skipIf(skip)('mariadb schools adapter', () => {
  const database = uniqueIdentifier('hub_test_sch');
  let admin: SqlDb;

  beforeAll(async () => {
    await ensureMysqlDatabase(uri, database);
    admin = createMysqlKysely({ uri, database, connectionLimit: 1 });
    await migrateSchools(admin);
  });

  afterAll(async () => {
    await admin?.destroy();
    await dropMysqlDatabase(uri, database);
  });

  runAdapterConformance(it, {
    domain: 'schools',
    createAdapter: async (data) => {
      await seedSchools(admin, data);
      return createMariadbSchoolsAdapter({ uri, database, connectionLimit: 2 });
    },
    options: { timeoutMs: 20_000 },
  });
});
