/** SqlClient over PGlite: in memory by default, or in a data directory. */
import { PGlite } from '@electric-sql/pglite';
import type { SqlClient } from './sql-client.js';

export function createPgliteSqlClient(options: { dataDir?: string } = {}): SqlClient {
  const db = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  return {
    query: <T>(text: string, params?: readonly unknown[]) => db.query<T>(text, params ? [...params] : undefined),
    exec: async (script) => {
      await db.exec(script);
    },
    description: options.dataDir ? `pglite ${options.dataDir}` : 'pglite (in memory)',
    // Without close() PGlite keeps the process alive; closing twice is harmless.
    close: async () => {
      if (!db.closed) await db.close();
    },
  };
}
