/**
 * One HMIS file checked against its column set: the header must be exactly the specification's
 * column list (the first mismatching column is named), every row must have one field per column
 * (a row cut short by truncation fails here with its line), and every field must pass its
 * column's rule. Rows come back keyed by column name, with their line.
 */
import { columnNames, type ColumnSpec } from './columns.js';
import { readCsvFile } from './parse-file.js';
import type { ProblemList } from './problems.js';
import { checkFields } from './validate.js';

export interface TableRow {
  line: number;
  values: Record<string, string>;
}

export interface ReadTableOptions {
  /** A missing file is not a problem (the result is null). */
  optional?: boolean;
  /** Find `columns` by name among any others instead of requiring the exact header. */
  byName?: boolean;
  /** Every row's ExportID must equal Export.csv's (HMIS CSV: one ExportID per export). */
  exportId?: string;
}

export async function readTable(
  directory: string, file: string, columns: readonly ColumnSpec[], problems: ProblemList, options: ReadTableOptions = {},
): Promise<TableRow[] | null> {
  const csv = await readCsvFile(directory, file, problems, options);
  if (!csv) return null;
  const positions = options.byName ? findByName(file, csv.header, columns, problems) : checkHeader(file, csv.header, columns, problems);
  if (!positions) return null;
  const width = options.byName ? csv.header.length : columns.length;
  const rows: TableRow[] = [];
  for (const { line, fields } of csv.rows) {
    if (problems.full) break;
    if (fields.length !== width) {
      problems.add({
        file, line,
        message: `has ${fields.length} field${fields.length === 1 ? '' : 's'}, expected ${width} ` +
          `(${fields.length < width ? 'the row is cut short: is the file truncated?' : 'extra separators'})`,
      });
      continue;
    }
    const picked = positions.map((p) => fields[p]);
    checkFields(file, line, columns, picked, problems);
    const values = Object.fromEntries(columns.map((c, i) => [c.name, picked[i]]));
    if (options.exportId && values.ExportID && values.ExportID !== options.exportId) {
      problems.add({ file, line, column: 'ExportID', message: "does not match Export.csv's ExportID" });
    }
    rows.push({ line, values });
  }
  return rows;
}

const KNOWN_NAME = /^[A-Za-z][A-Za-z0-9]{0,60}$/;

function checkHeader(file: string, header: string[], columns: readonly ColumnSpec[], problems: ProblemList): number[] | null {
  const expected = columnNames(columns);
  const at = expected.findIndex((name, i) => header[i] !== name);
  const mismatch = at >= 0 ? at : header.length > expected.length ? expected.length : -1;
  if (mismatch < 0) return expected.map((_, i) => i);
  const found = header[mismatch];
  // A header cell is shown only when it looks like a column name: a file without a header would
  // otherwise put a client's data into the message.
  const shown = found === undefined ? 'the header ends' : KNOWN_NAME.test(found) ? `found '${found}'` : 'found something else';
  problems.add({
    file, line: 1, column: expected[mismatch],
    message: mismatch < expected.length
      ? `header does not match the specification: expected '${expected[mismatch]}' as column ${mismatch + 1}, ${shown} ` +
        `(${header.length} columns, the specification has ${expected.length})`
      : `header has ${header.length - expected.length} column(s) after '${expected[expected.length - 1]}', the specification has ${expected.length}`,
  });
  return null;
}

function findByName(file: string, header: string[], columns: readonly ColumnSpec[], problems: ProblemList): number[] | null {
  const positions = columns.map((c) => header.indexOf(c.name));
  const missing = columns.filter((_, i) => positions[i] < 0).map((c) => c.name);
  if (missing.length === 0) return positions;
  problems.add({ file, line: 1, message: `header lacks column(s) ${missing.join(', ')}` });
  return null;
}
