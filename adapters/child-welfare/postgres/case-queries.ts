/**
 * Case records per owner (a child, or a caseworker's open caseload) for a whole batch: one
 * statement for the owners and their cases (`owner LEFT JOIN cases`, so a known owner with no
 * case still comes back, as `[]`), then one for the removals and one for the placements of those
 * cases, side by side. Three statements per batch whatever its size, never one per key.
 */
import { sql } from 'kysely';
import { groupRows } from '../../sql/batch.js';
import { column, localCodesFor, selectFields } from '../../sql/mapping.js';
import { listsByOwner, OWNER, type Row } from '../../sql/owned-lists.js';
import type { SqlDb } from '../../sql/sql-db.js';
import type { CaseRecord } from '../port.js';
import type { ChildWelfareMapping } from './mapping.js';
import { CASE_FIELDS, PLACEMENT_FIELDS, REMOVAL_FIELDS, toCase, toPlacement, toRemoval } from './records.js';

/** Cases with the worker of their latest assignment (none later for the same case). */
function casesWithWorker(db: SqlDb, m: ChildWelfareMapping) {
  const a = m.assignment;
  return db
    .selectFrom(`${m.case.table} as c`)
    .leftJoin(`${a.table} as a`, (join) =>
      join
        .onRef(column('a', a, 'caseId'), '=', column('c', m.case, 'caseId'))
        .on((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom(`${a.table} as a2`)
                .select(sql.lit(1).as('later'))
                .whereRef(column('a2', a, 'caseId'), '=', column('a', a, 'caseId'))
                .whereRef(column('a2', a, 'assignedOn'), '>', column('a', a, 'assignedOn')),
            ),
          ),
        ),
    )
    .select([...selectFields('c', m.case, CASE_FIELDS), sql.ref(column('a', a, 'caseworkerId')).as('caseworkerId')]);
}

/** Owner rows joined to their cases, newest first; `caseId` NULL for an owner with none. */
function ownersWithCases(db: SqlDb, m: ChildWelfareMapping, owner: 'child' | 'caseworker', ids: string[]) {
  const cases = casesWithWorker(db, m);
  const [table, key, joinOn, subquery] =
    owner === 'child'
      ? [m.child, column('o', m.child, 'localId'), 'c.childLocalId', cases]
      : [
          m.caseworker,
          column('o', m.caseworker, 'caseworkerId'),
          'c.caseworkerId',
          // The caseload is the worker's open cases only.
          cases.where(column('c', m.case, 'status'), 'in', localCodesFor(m.codes.caseStatus, 'OPEN')),
        ];
  return db
    .selectFrom(`${table.table} as o`)
    .leftJoin(subquery.as('c'), joinOn, key)
    .select([sql.ref(key).as(OWNER), ...CASE_FIELDS.map((f) => `c.${f}`), 'c.caseworkerId'])
    .where(key, 'in', ids)
    .orderBy('c.openedOn', 'desc')
    .orderBy('c.caseId')
    .execute() as Promise<Row[]>;
}

function removalsOf(db: SqlDb, m: ChildWelfareMapping, caseIds: string[]) {
  return db
    .selectFrom(`${m.removal.table} as r`)
    .leftJoin(`${m.circumstance.table} as rc`, column('rc', m.circumstance, 'removalId'), column('r', m.removal, 'removalId'))
    .select([...selectFields('r', m.removal, REMOVAL_FIELDS), sql.ref(column('rc', m.circumstance, 'circumstance')).as('circumstance')])
    .where(column('r', m.removal, 'caseId'), 'in', caseIds)
    .execute() as Promise<Row[]>;
}

function placementsOf(db: SqlDb, m: ChildWelfareMapping, caseIds: string[]) {
  return db
    .selectFrom(`${m.placement.table} as pl`)
    .select(selectFields('pl', m.placement, PLACEMENT_FIELDS))
    .where(column('pl', m.placement, 'caseId'), 'in', caseIds)
    // The port promises placement history oldest first.
    .orderBy(column('pl', m.placement, 'beginDate'))
    .orderBy(column('pl', m.placement, 'placementId'))
    .execute() as Promise<Row[]>;
}

/** Owner id → its cases (`[]` for none), or the Error one of its cases raised. Unknown owners are absent. */
export async function loadCasesByOwner(
  db: SqlDb,
  m: ChildWelfareMapping,
  owner: 'child' | 'caseworker',
  ids: string[],
  sourceSystem: string,
): Promise<Map<string, CaseRecord[] | Error>> {
  const rows = await ownersWithCases(db, m, owner, ids);
  const caseIds = [...new Set(rows.filter((r) => r.caseId != null).map((r) => String(r.caseId)))];
  const [removalRows, placementRows] = caseIds.length
    ? await Promise.all([removalsOf(db, m, caseIds), placementsOf(db, m, caseIds)])
    : [[], []];
  const removalsByCase = groupRows(removalRows, (r) => String(r.caseId));
  const placementsByCase = groupRows(placementRows, (r) => String(r.caseId));
  const build = (r: Row): CaseRecord => {
    const removals = groupRows(removalsByCase.get(String(r.caseId)) ?? [], (x) => String(x.removalId));
    const placements = placementsByCase.get(String(r.caseId)) ?? [];
    return toCase(
      r,
      [...removals.values()].map((rows) => toRemoval(rows, m.codes)),
      placements.map((p) => toPlacement(p, m.codes)),
      m.codes,
      sourceSystem,
    );
  };
  return listsByOwner(rows, (r) => r.caseId != null, (own) => own.map(build));
}
