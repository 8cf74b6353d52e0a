/** The first `n` values of a mapped table's key column, in the database's order for it. */
import { column, type TableMap } from '../sql/mapping.js';
import type { SqlDb } from '../sql/sql-db.js';

export async function firstIds(db: SqlDb, map: TableMap<string>, field: string, n: number): Promise<string[]> {
  const key = column('t', map, field);
  const rows = await db.selectFrom(`${map.table} as t`).select(`${key} as id`).orderBy(key).limit(n).execute();
  return rows.map((row) => String(row.id));
}
