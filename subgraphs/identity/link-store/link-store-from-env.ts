/**
 * The identity link store a process opens: Postgres when `LINK_STORE_DATABASE_URL` is set (what a
 * deployment and concurrent `linkage:run` use), otherwise embedded PGlite kept in
 * `.data/identity-links/` (or `LINK_STORE_PGLITE_DIR`). PGlite is one process's database: run
 * `npm run linkage:run` against it while the hub is stopped, or use Postgres.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AuditStore } from '../../shared/audit/audit-store.js';
import { createPgClient } from '../../shared/sql/pg-client.js';
import { createPgliteClient } from '../../shared/sql/pglite-client.js';
import type { LinkStore } from './link-store.js';
import { createSqlLinkStore } from './sql-link-store.js';

export function linkStoreFromEnv(audit: AuditStore, env: NodeJS.ProcessEnv = process.env): LinkStore {
  if (env.LINK_STORE_DATABASE_URL) {
    return createSqlLinkStore({ client: createPgClient({ connectionString: env.LINK_STORE_DATABASE_URL }), audit });
  }
  const dataDir = env.LINK_STORE_PGLITE_DIR ?? fileURLToPath(new URL('../../../.data/identity-links', import.meta.url));
  mkdirSync(dataDir, { recursive: true });
  return createSqlLinkStore({ client: createPgliteClient({ dataDir }), audit });
}
