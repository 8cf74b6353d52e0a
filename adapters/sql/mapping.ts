/**
 * How an agency's tables map onto a port: per port entity a table and a column per port field,
 * and per coded field a code map (the county's local code → the port's value). Every SQL adapter
 * reads names and codes only from a mapping, so a county whose schema differs from our migrations
 * changes configuration, not code (issue 4: "mapping by configuration"; YAML loading comes later
 * and produces these same objects).
 */
import { sql } from 'kysely';

export interface TableMap<F extends string> {
  /** The table's name in the agency database (may be schema-qualified: `ccwis.person`). */
  table: string;
  /** The column holding each port field. */
  columns: Readonly<Record<F, string>>;
}

/** Local code as the database stores it (compared as text, so `3` and `'3'` are one code) → port value. */
export type CodeMap<T> = Readonly<Record<string, T>>;

/** A row holds a code the mapping does not know: that record fails alone, as an Error at its key. */
export class UnmappedCodeError extends Error {
  override name = 'UnmappedCodeError';
  constructor(
    readonly codeMap: string,
    readonly code: unknown,
  ) {
    super(`The ${codeMap} code map has no entry for local code ${JSON.stringify(code)}`);
  }
}

/** The port value of a stored local code; throws `UnmappedCodeError` for a code the map lacks. */
export function decode<T>(name: string, map: CodeMap<T>, code: unknown): T {
  const key = code === null || code === undefined ? undefined : String(code);
  if (key === undefined || !Object.hasOwn(map, key)) throw new UnmappedCodeError(name, code);
  return map[key];
}

/** Every local code meaning `value` (a map may fold several legacy codes into one port value). */
export function localCodesFor<T>(map: CodeMap<T>, value: T): string[] {
  return Object.keys(map).filter((code) => map[code] === value);
}

/** The code a seed writes for `value`: the first local code the map lists for it. */
export function encode<T>(name: string, map: CodeMap<T>, value: T): string {
  const [code] = localCodesFor(map, value);
  if (code === undefined) throw new RangeError(`The ${name} code map has no local code for ${JSON.stringify(value)}`);
  return code;
}

/** `alias.column AS field` for each port field, quoted, so result rows are keyed by port field. */
export function selectFields<F extends string>(alias: string, map: TableMap<F>, fields: readonly F[]) {
  return fields.map((field) => sql.ref(`${alias}.${map.columns[field]}`).as(field));
}

/** `alias.column` of one port field, for where / join / order by clauses. */
export function column<F extends string>(alias: string, map: TableMap<F>, field: F): string {
  return `${alias}.${map.columns[field]}`;
}

/** A row keyed by column name, from values keyed by port field (what a seed inserts). */
export function toColumns<F extends string>(
  map: { readonly columns: Readonly<Partial<Record<F, string>>> },
  values: Readonly<Record<F, unknown>>,
): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const field of Object.keys(map.columns) as F[]) {
    const column = map.columns[field];
    if (column !== undefined) row[column] = values[field];
  }
  return row;
}
