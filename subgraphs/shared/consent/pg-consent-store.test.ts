/**
 * The consent store suite on a real Postgres server, in a schema of its own that is dropped
 * afterwards. Skipped (or failed under CI) when no server answers at TEST_POSTGRES_URL.
 */
import { DEFAULT_TEST_POSTGRES_URL, probePostgres } from '../../../adapters/sql/probe.js';
import { skipUnlessAvailable } from '../../../test/support/availability.js';
import type { ConsentStore } from './consent-store.js';
import { createPgClient } from '../sql/pg-client.js';
import { createSqlConsentStore } from './sql-consent-store.js';
import { describeConsentStore } from './testing/consent-store-suite.js';

const url = process.env.TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;

const skip = skipUnlessAvailable(`PostgreSQL at ${url}`, await probePostgres(url));

describeConsentStore(
  'SQL consent store on Postgres',
  async () => {
    const namespace = `consent_test_${process.pid}_${Date.now().toString(36)}`;
    const admin = createPgClient({ connectionString: url, max: 1 });
    const opened: ConsentStore[] = [];
    return {
      // Each store its own pool, as separate replicas would be.
      open: ({ now, owner }) => {
        const store = createSqlConsentStore({ client: createPgClient({ connectionString: url, max: 2 }), namespace, now, owner });
        opened.push(store);
        return store;
      },
      sql: (text, params) => admin.query(text, params),
      table: `${namespace}.consents`,
      async close() {
        await Promise.all(opened.map((store) => store.close()));
        await admin.query(`DROP SCHEMA IF EXISTS ${namespace} CASCADE`);
        await admin.close();
      },
    };
  },
  { skip },
);
