/** Create (or finish creating) the default CCWIS schema of migrations/ in `schema`. */
import { sql } from 'kysely';
import { checkIdentifier } from '../../sql/identifier.js';
import { runSqlMigrations } from '../../sql/migrate.js';
import type { SqlDb } from '../../sql/sql-db.js';

/** `db` must have `schema` first on its search path (`createPostgresKysely({ schema })`). */
export async function migrateChildWelfare(db: SqlDb, schema?: string): Promise<string[]> {
  if (schema) await sql`create schema if not exists ${sql.id(checkIdentifier(schema))}`.execute(db);
  return runSqlMigrations(db, new URL('./migrations/', import.meta.url));
}
