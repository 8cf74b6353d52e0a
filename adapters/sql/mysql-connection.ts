/**
 * A Kysely instance over MariaDB or MySQL (mysql2). utf8mb4 end to end (a 4-byte character such
 * as U+20BB7 must survive), dates as text (a calendar day never passes through a time zone) and
 * DATETIME in UTC (`timezone: 'Z'`), so an instant written is the instant read back.
 */
import { Kysely, type KyselyConfig, MysqlDialect, sql } from 'kysely';
import { checkIdentifier } from './identifier.js';
import type { SqlDb } from './sql-db.js';
import { createPool } from 'mysql2';

export interface MysqlConnectionOptions {
  /** e.g. `mysql://user:password@host:3306/database`. */
  uri: string;
  /** Database to use instead of the one in the URI (tests use one database per run). */
  database?: string;
  /** Pool size. Default 5. */
  connectionLimit?: number;
  /** Kysely's query log (tests count statements per batch with it). */
  log?: KyselyConfig['log'];
}

export function createMysqlKysely(options: MysqlConnectionOptions): SqlDb {
  const pool = createPool({
    uri: options.uri,
    ...(options.database ? { database: options.database } : {}),
    connectionLimit: options.connectionLimit ?? 5,
    connectTimeout: 5_000,
    charset: 'utf8mb4_bin',
    dateStrings: true,
    timezone: 'Z',
  });
  return new Kysely({ log: options.log, dialect: new MysqlDialect({ pool }) });
}

/**
 * Create `database` (utf8mb4) if it is missing, over a connection without one: a pool cannot
 * connect to a database that does not exist yet.
 */
export async function ensureMysqlDatabase(uri: string, database: string): Promise<void> {
  const db = createMysqlKysely({ uri: withoutDatabase(uri), connectionLimit: 1 });
  try {
    await sql`create database if not exists ${sql.id(checkIdentifier(database))}
      character set utf8mb4 collate utf8mb4_unicode_ci`.execute(db);
  } finally {
    await db.destroy();
  }
}

/** Drop a database (tests drop the one they made). */
export async function dropMysqlDatabase(uri: string, database: string): Promise<void> {
  const db = createMysqlKysely({ uri: withoutDatabase(uri), connectionLimit: 1 });
  try {
    await sql`drop database if exists ${sql.id(checkIdentifier(database))}`.execute(db);
  } finally {
    await db.destroy();
  }
}

/** The database a `mysql://` URI names (its path), if any. */
export function databaseOf(uri: string): string | undefined {
  const name = decodeURIComponent(new URL(uri).pathname.replace(/^\//, ''));
  return name === '' ? undefined : name;
}

function withoutDatabase(uri: string): string {
  const url = new URL(uri);
  url.pathname = '/';
  return url.toString();
}
