/** SqlClient over PGlite: in memory by default, or in a data directory. */
import { acquireEmbeddedPostgres } from '../sql/embedded-postgres.js';
import type { SqlClient } from './sql-client.js';

export function createPgliteSqlClient(options: { dataDir?: string } = {}): SqlClient {
  const embedded = acquireEmbeddedPostgres(options.dataDir);
  const db = embedded.db;
  return {
    query: <T>(text: string, params?: readonly unknown[]) => db.query<T>(text, params ? [...params] : undefined),
    exec: async (script) => {
      await db.exec(script);
    },
    description: options.dataDir ? `pglite ${options.dataDir}` : 'pglite (in memory)',
    // Closes the database once every store sharing its directory has closed; twice is harmless.
    close: embedded.release,
  };
}
