/**
 * Export.csv is read first: its one row says which export this is (ExportID, which every other
 * file repeats), when it was taken (ExportDate, the snapshot's `asOf`) and which specification
 * it follows (CSVVersion, which chooses the FY2024 or FY2026 column set — domain reference §1,
 * "read Export.csv CSVVersion first"). Only a full refresh of unhashed data can become a snapshot.
 */
import { FULL_REFRESH, UNHASHED } from './codes.js';
import { COLUMN_SETS, EXPORT_COLUMNS_ANY_VERSION, type CsvVersion } from './columns.js';
import type { ProblemList } from './problems.js';
import { readTable } from './read-table.js';
import { fieldProblem } from './validate.js';

export interface ExportInfo {
  exportId: string;
  /** ExportDate as written, yyyy-mm-dd hh:mm:ss. */
  exportDate: string;
  csvVersion: CsvVersion;
}

const FILE = 'Export.csv';

/** `2024`, `FY2024`, `2024 v1.3`, `FY 2026 v1` … → the fiscal year's column set. */
export function csvVersionOf(text: string): CsvVersion | null {
  const year = /^\s*(?:FY\s*)?(\d{4})\b/i.exec(text)?.[1];
  return year === '2024' || year === '2026' ? year : null;
}

export async function readExportFile(directory: string, problems: ProblemList): Promise<ExportInfo | null> {
  const rows = await readTable(directory, FILE, EXPORT_COLUMNS_ANY_VERSION, problems);
  if (!rows) return null;
  if (rows.length !== 1) {
    problems.add({ file: FILE, line: rows[1]?.line ?? 1, message: `must hold exactly one export row, holds ${rows.length}` });
    return null;
  }
  const { line, values } = rows[0];
  const csvVersion = csvVersionOf(values.CSVVersion);
  if (!csvVersion) {
    problems.add({
      file: FILE, line, column: 'CSVVersion',
      message: 'must name the FY2024 or FY2026 specification (for example "2024 v1.3"); no column set can be chosen',
    });
    return null;
  }
  const sourceId = COLUMN_SETS[csvVersion][FILE].find((c) => c.name === 'SourceID')!;
  const sourceProblem = fieldProblem(sourceId, values.SourceID);
  if (sourceProblem) problems.add({ file: FILE, line, column: 'SourceID', message: `${sourceProblem} in FY${csvVersion}` });
  if (values.ExportDirective !== String(FULL_REFRESH)) {
    problems.add({
      file: FILE, line, column: 'ExportDirective',
      message: 'must be 2 (full refresh): a delta or other export would replace the whole snapshot with part of it',
    });
  }
  if (values.HashStatus !== String(UNHASHED)) {
    problems.add({ file: FILE, line, column: 'HashStatus', message: 'must be 1 (unhashed): the port serves names, which a hashed export no longer holds' });
  }
  return problems.any ? null : { exportId: values.ExportID, exportDate: values.ExportDate, csvVersion };
}
