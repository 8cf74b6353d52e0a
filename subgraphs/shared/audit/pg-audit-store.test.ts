/**
 * The audit store suite on a real Postgres server, where replicas are separate connection pools
 * and the advisory lock is what keeps the chain linear. Skipped (or failed under CI) when no
 * server answers at TEST_POSTGRES_URL.
 */
import { DEFAULT_TEST_POSTGRES_URL, probePostgres } from '../../../adapters/sql/probe.js';
import { skipUnlessAvailable } from '../../../test/support/availability.js';
import type { AuditStore } from './audit-store.js';
import { auditTableName } from './audit-table.js';
import { createPgClient } from '../sql/pg-client.js';
import { createSqlAuditStore } from './sql-audit-store.js';
import { describeAuditStore } from './testing/audit-store-suite.js';

const url = process.env.TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;

const skip = skipUnlessAvailable(`PostgreSQL at ${url}`, await probePostgres(url));

describeAuditStore(
  'SQL audit store on Postgres',
  async () => {
    const admin = createPgClient({ connectionString: url, max: 2 });
    const opened: AuditStore[] = [];
    const chains = new Set<string>();
    return {
      open(chain) {
        chains.add(chain);
        const store = createSqlAuditStore({ client: createPgClient({ connectionString: url }), chain });
        opened.push(store);
        return store;
      },
      sql: (text, params) => admin.query(text, params),
      async close() {
        await Promise.all(opened.map((store) => store.close()));
        for (const chain of chains) await admin.query(`DROP TABLE IF EXISTS ${auditTableName(chain)}`);
        await admin.close();
      },
    };
  },
  { skip },
);
