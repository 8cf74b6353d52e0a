/**
 * Per-field rules of the HMIS CSV Format Specifications FY2024 ("Key" in the domain reference
 * §1): `!` required, S<n> at most n characters, D yyyy-mm-dd, T yyyy-mm-dd hh:mm:ss (no zone),
 * integer columns whole numbers, and for the lists in `codes.ts` one of the listed codes.
 * Messages name the rule, never the value (see `problems.ts`).
 */
import { CODE_LISTS } from './codes.js';
import type { ColumnSpec } from './columns.js';
import type { ProblemList } from './problems.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const INTEGER = /^-?\d{1,9}$/;

export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  return m !== null && validDay(+m[1], +m[2], +m[3]);
}

function validDay(y: number, mo: number, d: number): boolean {
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function validDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text);
  return m !== null && validDay(+m[1], +m[2], +m[3]) && +m[4] < 24 && +m[5] < 60 && +m[6] < 60;
}

/** What is wrong with one field, or null. */
export function fieldProblem(column: ColumnSpec, value: string): string | null {
  if (value === '') return column.required ? 'required, but blank' : null;
  switch (column.kind) {
    case 'string': {
      const length = [...value].length;
      return column.maxLength !== undefined && length > column.maxLength
        ? `longer than ${column.maxLength} characters (S${column.maxLength}), has ${length}`
        : null;
    }
    case 'date':
      return isCalendarDate(value) ? null : 'not a date in yyyy-mm-dd form (D)';
    case 'datetime':
      return validDateTime(value) ? null : 'not a date-time in yyyy-mm-dd hh:mm:ss form (T)';
    case 'integer': {
      if (!INTEGER.test(value)) return 'not an integer code';
      const codes = CODE_LISTS[column.name];
      return codes && !codes.includes(Number(value)) ? `not one of the codes ${codes.join(', ')}` : null;
    }
  }
}

/** Check every field of a row whose field count is already right. */
export function checkFields(
  file: string, line: number, columns: readonly ColumnSpec[], fields: readonly string[], problems: ProblemList,
): void {
  columns.forEach((column, i) => {
    const problem = fieldProblem(column, fields[i]);
    if (problem) problems.add({ file, line, column: column.name, message: problem });
  });
}
