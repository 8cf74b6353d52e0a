/**
 * SqlClient over PGlite: real Postgres in WASM, in memory by default or in a data directory.
 * One connection, so transactions run one at a time; the store still takes its advisory lock so
 * that both drivers run exactly the same SQL.
 */
import { acquireEmbeddedPostgres } from './embedded-postgres.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';

export interface PgliteClientOptions {
  /** A directory to keep the database in; omitted = in memory, gone when closed. */
  dataDir?: string;
}

export function createPgliteClient(options: PgliteClientOptions = {}): SqlClient {
  const embedded = acquireEmbeddedPostgres(options.dataDir);
  const db = embedded.db;
  const query: SqlQueryable['query'] = async <T>(text: string, params?: readonly unknown[]) =>
    db.query<T>(text, params ? [...params] : undefined);
  return {
    query,
    exec: async (script) => {
      await db.exec(script);
    },
    description: options.dataDir ? `pglite ${options.dataDir}` : 'pglite (in memory)',
    transaction: (work) =>
      db.transaction((tx) =>
        work({ query: (text, params) => tx.query(text, params ? [...params] : undefined) }),
      ),
    // Closes the database once every store sharing its directory has closed; twice is harmless.
    close: embedded.release,
  };
}
