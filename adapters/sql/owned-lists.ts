/**
 * "Rows per owner" answers from one `owner LEFT JOIN rows` statement: every owner id the database
 * knows comes back at least once (with the joined side NULL when it has no rows), so a known
 * owner answers `[]` and an unknown one is absent (null), with no second query to tell them apart.
 */
import { attempt, groupRows } from './batch.js';

export type Row = Record<string, unknown>;

/** The column every owner query selects as the owner's id. */
export const OWNER = 'owner';

/**
 * Owner id → its list (rows in query order, those with `present(row)` false dropped), or the
 * Error building it raised (an unmapped code fails that owner alone).
 */
export function listsByOwner<T>(
  rows: readonly Row[],
  present: (row: Row) => boolean,
  build: (ownRows: Row[]) => T[],
): Map<string, T[] | Error> {
  const lists = new Map<string, T[] | Error>();
  for (const [owner, ownRows] of groupRows(rows, (row) => String(row[OWNER]))) {
    lists.set(owner, attempt(() => build(ownRows.filter(present))));
  }
  return lists;
}

/** Consecutive-or-not rows grouped by a composite key, in first-seen order (one record per group). */
export function groupBy(rows: readonly Row[], key: (row: Row) => string): Row[][] {
  return [...groupRows(rows, key).values()];
}
