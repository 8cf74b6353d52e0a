/**
 * A sample batch through a configured adapter: the first N ids in the database, through each batch
 * method, summarised as counts and error messages. Never prints a record: the report may be
 * pasted into a ticket, and the rows are real clients'.
 */
import type { ChildWelfareAdapter } from '../child-welfare/port.js';
import type { BatchResult } from '../port/batch-contract.js';
import type { SchoolsAdapter } from '../schools/port.js';
import { column, type TableMap } from '../sql/mapping.js';
import type { SqlDb } from '../sql/sql-db.js';

export interface SampleLine {
  ok: boolean;
  text: string;
}

type Method = [name: string, run: (ids: string[]) => Promise<BatchResult<unknown>>];

/** The first `n` values of a table's key column, in the database's order for it. */
export async function firstIds(db: SqlDb, map: TableMap<string>, field: string, n: number): Promise<string[]> {
  const key = column('t', map, field);
  const rows = await db.selectFrom(`${map.table} as t`).select(`${key} as id`).orderBy(key).limit(n).execute();
  return rows.map((row) => String(row.id));
}

export function childWelfareMethods(adapter: ChildWelfareAdapter): Method[] {
  return [
    ['childrenByIds', (ids) => adapter.childrenByIds(ids)],
    ['casesByChildIds', (ids) => adapter.casesByChildIds(ids)],
  ];
}

export function caseworkerMethods(adapter: ChildWelfareAdapter): Method[] {
  return [
    ['caseworkersByIds', (ids) => adapter.caseworkersByIds(ids)],
    ['caseloadsByCaseworkerIds', (ids) => adapter.caseloadsByCaseworkerIds(ids)],
  ];
}

export function schoolsMethods(adapter: SchoolsAdapter): Method[] {
  return [
    ['studentsByIds', (ids) => adapter.studentsByIds(ids)],
    ['enrollmentsByStudentIds', (ids) => adapter.enrollmentsByStudentIds(ids)],
    ['attendanceEventsByStudentIds', (ids) => adapter.attendanceEventsByStudentIds(ids)],
    ['specialEducationByStudentIds', (ids) => adapter.specialEducationByStudentIds(ids)],
  ];
}

/** One line per method; a method whose batch rejects or breaks the contract is a failed line. */
export async function runSample(methods: Method[], ids: string[]): Promise<SampleLine[]> {
  const lines: SampleLine[] = [];
  for (const [name, run] of methods) {
    const started = performance.now();
    try {
      const result = await run(ids);
      const ms = Math.round(performance.now() - started);
      lines.push(...summarize(name, ids.length, result, ms));
    } catch (error) {
      lines.push({ ok: false, text: `${name}: the batch rejected (it must answer per key): ${message(error)}` });
    }
  }
  return lines;
}

function summarize(name: string, keys: number, result: BatchResult<unknown>, ms: number): SampleLine[] {
  if (!Array.isArray(result) || result.length !== keys) {
    return [{ ok: false, text: `${name}: returned ${Array.isArray(result) ? result.length : typeof result} answers for ${keys} keys` }];
  }
  const errors = result.filter((r): r is Error => r instanceof Error);
  const unknown = result.filter((r) => r === null).length;
  const records = keys - errors.length - unknown;
  const head = { ok: errors.length === 0, text: `${name}: ${keys} keys → ${records} records, ${unknown} unknown, ${errors.length} errors (${ms} ms)` };
  const distinct = [...new Set(errors.map(message))];
  return [head, ...distinct.slice(0, 5).map((text) => ({ ok: false, text: `    ${text}` }))];
}

function message(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
