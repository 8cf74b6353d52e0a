/** SqlClient over a node-postgres Pool: the consent registry on a real Postgres server. */
import pg from 'pg';
import { logger } from '../logger.js';
import type { SqlClient } from './sql-client.js';

export interface PgSqlClientOptions {
  connectionString: string;
  max?: number;
  /** A down server fails the request instead of hanging it (default 5 s). */
  connectionTimeoutMillis?: number;
}

export function createPgSqlClient(options: PgSqlClientOptions): SqlClient {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 5,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5_000,
  });
  // An idle connection that drops emits 'error' on the pool; unhandled, it would end the process.
  pool.on('error', (error) => logger.warn({ err: error.message }, 'consent database connection dropped'));
  return {
    query: async <T>(text: string, params?: readonly unknown[]) =>
      ({ rows: (await pool.query(text, params ? [...params] : undefined)).rows as T[] }),
    // Without parameters pg uses the simple protocol, which runs a multi-statement script.
    exec: async (script) => {
      await pool.query(script);
    },
    description: describeUrl(options.connectionString),
    close: async () => {
      if (!pool.ended) await pool.end();
    },
  };
}

function describeUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `postgres ${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return 'postgres';
  }
}
