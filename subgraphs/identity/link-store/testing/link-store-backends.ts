/**
 * The link store on each database it runs on, for suites that must hold on both: embedded PGlite
 * (two databases, because PGlite has one connection and a change appends its audit inside its own
 * transaction) and a real Postgres server (TEST_POSTGRES_URL; skipped, or failed under CI, when
 * none answers), where each store gets its own table prefix and audit chain, dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { DEFAULT_TEST_POSTGRES_URL, probePostgres } from '../../../../adapters/sql/probe.js';
import { skipUnlessAvailable } from '../../../../test/support/availability.js';
import type { AuditStore } from '../../../shared/audit/audit-store.js';
import { auditTableName } from '../../../shared/audit/audit-table.js';
import { createSqlAuditStore } from '../../../shared/audit/sql-audit-store.js';
import { createPgClient } from '../../../shared/sql/pg-client.js';
import { createPgliteClient } from '../../../shared/sql/pglite-client.js';
import type { SqlClient } from '../../../shared/sql/sql-client.js';
import type { LinkStore } from '../link-store.js';
import { createSqlLinkStore } from '../sql-link-store.js';

export interface OpenedLinkStore {
  store: LinkStore;
  audit: AuditStore;
  /** The link store's own database, for what a suite must set up by hand (an old schema). */
  sql: SqlClient;
  prefix: string;
  /** Another store instance on the same database and tables (a second process opening it). */
  reopen(): LinkStore;
  close(): Promise<void>;
}

export interface LinkStoreBackend {
  name: string;
  skip: boolean;
  open(): OpenedLinkStore;
}

const url = process.env.TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;

export async function linkStoreBackends(): Promise<LinkStoreBackend[]> {
  const pgSkip = skipUnlessAvailable(`PostgreSQL at ${url}`, await probePostgres(url));
  return [
    {
      name: 'PGlite',
      skip: false,
      open() {
        const sql = createPgliteClient();
        const auditClient = createPgliteClient();
        const audit = createSqlAuditStore({ client: auditClient, chain: 'identity', closeClient: false });
        const store = createSqlLinkStore({ client: sql, audit, closeClient: false });
        return {
          store, audit, sql, prefix: 'identity',
          reopen: () => createSqlLinkStore({ client: sql, audit, closeClient: false }),
          async close() {
            await sql.close();
            await auditClient.close();
          },
        };
      },
    },
    {
      name: 'Postgres',
      skip: pgSkip,
      open() {
        const id = randomBytes(4).toString('hex');
        const prefix = `test_links_${id}`;
        const chain = `test-links-${id}`;
        const sql = createPgClient({ connectionString: url, max: 3 });
        const audit = createSqlAuditStore({ client: createPgClient({ connectionString: url, max: 2 }), chain });
        const store = createSqlLinkStore({ client: sql, audit, prefix, closeClient: false });
        return {
          store, audit, sql, prefix,
          reopen: () => createSqlLinkStore({ client: sql, audit, prefix, closeClient: false }),
          async close() {
            for (const t of ['link', 'review_candidate', 'meta']) await sql.query(`DROP TABLE IF EXISTS ${prefix}_${t}`);
            await sql.query(`DROP SEQUENCE IF EXISTS ${prefix}_person_seq`);
            await sql.query(`DROP TABLE IF EXISTS ${auditTableName(chain)}`);
            await audit.close();
            await sql.close();
          },
        };
      },
    },
  ];
}
