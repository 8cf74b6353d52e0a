/** SqlClient over a node-postgres Pool: a store on a real Postgres server. */
import pg from 'pg';
import { logger } from '../logger.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';

export interface PgClientOptions {
  connectionString: string;
  /** Connections in the pool (default 5). */
  max?: number;
  /** Give up connecting after this long, so a down server fails a request instead of hanging it. */
  connectionTimeoutMillis?: number;
  /** Cancel a statement (lock wait included) after this long: a stuck database fails closed. */
  statementTimeoutMillis?: number;
}

export function createPgClient(options: PgClientOptions): SqlClient {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 5,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5_000,
    statement_timeout: options.statementTimeoutMillis ?? 10_000,
  });
  // An idle connection that drops emits 'error' on the pool; unhandled, it would end the process.
  pool.on('error', (error) => logger.warn({ err: error.message }, 'store database connection dropped'));

  return {
    query: queryOn(pool),
    // Without parameters pg uses the simple protocol, which runs a multi-statement script.
    exec: async (script) => {
      await pool.query(script);
    },
    description: describeUrl(options.connectionString),
    async transaction(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work({ query: queryOn(client) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      } finally {
        client.release(broken); // a connection that cannot even roll back is discarded, not reused
      }
    },
    close: async () => {
      if (!pool.ended) await pool.end();
    },
  };
}

function queryOn(target: pg.Pool | pg.PoolClient): SqlQueryable['query'] {
  return async <T>(text: string, params?: readonly unknown[]) => {
    const result = await target.query(text, params ? [...params] : undefined);
    return { rows: result.rows as T[] };
  };
}

/** `postgres host:port/database`, without user or password. */
function describeUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `postgres ${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return 'postgres';
  }
}
