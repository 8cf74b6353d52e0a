/**
 * A Kysely instance over PostgreSQL (pg), with a schema on the search path so migrations and
 * mappings name tables unqualified, and `date` read as text: a calendar day must never pass
 * through a time zone (pg's default parses it to local midnight).
 */
import { Kysely, type KyselyConfig, PostgresDialect } from 'kysely';
import type { SqlDb } from './sql-db.js';
import pg from 'pg';
import { checkIdentifier } from './identifier.js';

export interface PostgresConnectionOptions {
  /** e.g. `postgres://user:password@host:5432/database`. */
  connectionString: string;
  /** Schema to put first on the search path (created by the migrations). Default: the server's. */
  schema?: string;
  /** Pool size. Default 5. */
  max?: number;
  /** Kysely's query log (tests count statements per batch with it). */
  log?: KyselyConfig['log'];
}

const DATE_OID = 1082;

const dateAsText: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === DATE_OID ? (value: string) => value : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

export function createPostgresKysely(options: PostgresConnectionOptions): SqlDb {
  const searchPath = options.schema ? `-c search_path=${checkIdentifier(options.schema)}` : undefined;
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 5,
    connectionTimeoutMillis: 5_000,
    options: searchPath,
    types: dateAsText,
  });
  // pg emits 'error' when a connection drops (the server restarted, a proxy cut it): on the pool
  // for an idle client, on the client itself while it is checked out, even though its queued
  // queries already fail with that error. With no listener either would crash the process. The
  // queries' own errors are what gets reported, so the events are only notes.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => void client.on('error', () => undefined));
  return new Kysely({ log: options.log, dialect: new PostgresDialect({ pool }) });
}
