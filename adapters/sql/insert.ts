/**
 * Bulk inserts for seeds: many rows per statement (one round trip per chunk, not per row), kept
 * under the 65,535 bind parameters both PostgreSQL and MariaDB allow in one statement.
 */
import type { SqlDb } from './sql-db.js';

const MAX_PARAMETERS = 60_000;

export async function insertRows(
  db: SqlDb,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Math.max(1, Object.keys(rows[0]).length);
  const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / perRow));
  for (let at = 0; at < rows.length; at += chunk) {
    await db.insertInto(table).values(rows.slice(at, at + chunk)).execute();
  }
}

/** Empty tables, children first (foreign keys), in one go before a reseed. */
export async function deleteAll(db: SqlDb, tablesChildFirst: readonly string[]): Promise<void> {
  for (const table of tablesChildFirst) await db.deleteFrom(table).execute();
}
