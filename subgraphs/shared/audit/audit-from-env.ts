/**
 * The audit store a subgraph process writes to: Postgres when `AUDIT_DATABASE_URL` is set (what a
 * deployment uses), otherwise the subgraph's embedded PGlite database in `.data/db/<subgraph>/`, so
 * `npm start` needs no server and still keeps its audit trail across restarts.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AuditStore } from './audit-store.js';
import { createPgClient } from '../sql/pg-client.js';
import { createPgliteClient } from '../sql/pglite-client.js';
import { createSqlAuditStore } from './sql-audit-store.js';

export function auditStoreFromEnv(subgraph: string, env: NodeJS.ProcessEnv = process.env): AuditStore {
  if (env.AUDIT_DATABASE_URL) {
    return createSqlAuditStore({ client: createPgClient({ connectionString: env.AUDIT_DATABASE_URL }), chain: subgraph });
  }
  const dataDir = env.AUDIT_PGLITE_DIR ?? embeddedAuditDir(subgraph);
  mkdirSync(dataDir, { recursive: true });
  return createSqlAuditStore({ client: createPgliteClient({ dataDir }), chain: subgraph });
}

/** Where `npm start` keeps a subgraph's embedded database (its audit chain, and its consents if it holds any). */
export function embeddedAuditDir(subgraph: string): string {
  return fileURLToPath(new URL(`../../../.data/db/${subgraph}`, import.meta.url));
}
