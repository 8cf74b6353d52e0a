/** Create (or finish creating) the default Ed-Fi-shaped schema of migrations/ in `db`'s database. */
import { runSqlMigrations } from '../../sql/migrate.js';
import type { SqlDb } from '../../sql/sql-db.js';

export async function migrateSchools(db: SqlDb): Promise<string[]> {
  return runSqlMigrations(db, new URL('./migrations/', import.meta.url));
}
