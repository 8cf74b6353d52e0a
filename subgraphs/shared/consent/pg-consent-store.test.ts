/**
 * The consent store suite on a real Postgres server, in a schema of its own that is dropped
 * afterwards. Skipped (or failed under CI) when no server answers at TEST_POSTGRES_URL.
 */
import pg from 'pg';
import { skipUnlessAvailable } from '../../../test/support/availability.js';
import type { ConsentStore } from './consent-store.js';
import { createPgClient } from '../sql/pg-client.js';
import { createSqlConsentStore } from './sql-consent-store.js';
import { describeConsentStore } from './testing/consent-store-suite.js';

const url = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function answers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const skip = skipUnlessAvailable(`PostgreSQL at ${url}`, {
  available: await answers(),
  howToGet:
    'start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` ' +
    '(check with `pg_isready -h 127.0.0.1`), or point TEST_POSTGRES_URL at one',
});

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
