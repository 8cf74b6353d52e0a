/**
 * Plain SQL migrations: `NNN_name.sql` files in a folder, applied in name order, each recorded in
 * `hub_schema_migrations`. Every statement is written to be idempotent (`IF NOT EXISTS`) as well,
 * so a run that stopped half-way (MariaDB cannot roll back DDL) is finished by running again.
 * Plain SQL because an agency DBA should be able to read and apply them without Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { SqlDb } from './sql-db.js';

const LEDGER = 'hub_schema_migrations';

/** Statements of a migration file: split at a `;` ending a line, `--` comment lines dropped. */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n');
  return withoutComments
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Apply the folder's migrations not yet recorded; returns the names applied now. */
export async function runSqlMigrations(db: SqlDb, folder: URL): Promise<string[]> {
  await sql`create table if not exists ${sql.table(LEDGER)} (
    name varchar(200) not null primary key,
    applied_at timestamp not null default current_timestamp
  )`.execute(db);
  const done = new Set(
    (await db.selectFrom(LEDGER).select('name').execute()).map((row) => String((row as { name: unknown }).name)),
  );
  const files = readdirSync(fileURLToPath(folder))
    .filter((name) => /^\d+_[\w-]+\.sql$/.test(name))
    .sort();
  const applied: string[] = [];
  for (const name of files.filter((f) => !done.has(f))) {
    for (const statement of splitStatements(readFileSync(new URL(name, folder), 'utf8'))) {
      await sql.raw(statement).execute(db);
    }
    await db.insertInto(LEDGER).values({ name }).execute();
    applied.push(name);
  }
  return applied;
}
