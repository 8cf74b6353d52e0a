/**
 * One CSV file of an export, read into its header and rows with the physical line each row
 * starts on. Everything that makes a file unreadable is a problem naming the file and line: a
 * missing file, bytes that are not UTF-8, an unclosed quote (a file cut inside a quoted field).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import type { ProblemList } from './problems.js';

export interface CsvRow {
  /** 1-based line the row starts on; the header is line 1. */
  line: number;
  fields: string[];
}

export interface CsvFile {
  header: string[];
  rows: CsvRow[];
}

/** Read `file` from `directory`; null (with problems added) when it cannot be read as CSV. */
export async function readCsvFile(
  directory: string, file: string, problems: ProblemList, options: { optional?: boolean } = {},
): Promise<CsvFile | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(directory, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && options.optional) return null;
    problems.add({ file, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    return null;
  }
  const text = decodeUtf8(bytes);
  if (typeof text !== 'string') {
    problems.add({ file, line: text.line, message: 'is not valid UTF-8 text (a file cut inside a character, or another encoding)' });
    return null;
  }
  // Records are collected as they are parsed, so when parsing fails part way the line of the
  // record that failed is still known: the one after the last good record.
  const records: string[][] = [];
  try {
    parse(text, { bom: true, relax_column_count: true, on_record: (record: string[]) => (records.push(record), null) });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const message =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted field is not closed before the end of the file (is the file truncated?)'
        : `is not well-formed CSV (${error.code})`;
    problems.add({ file, line: numbered(records).next, message });
    return null;
  }
  const { rows } = numbered(records);
  if (rows.length === 0) {
    problems.add({ file, line: 1, message: 'is empty: expected a header line' });
    return null;
  }
  return { header: rows[0].fields, rows: rows.slice(1) };
}

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Number records by the physical line they start on, counting CRLF, LF or CR as one line break
 * (csv-parse's own `info.lines` counts a quoted CRLF as two). Empty lines are counted and dropped.
 */
function numbered(records: readonly string[][]): { rows: CsvRow[]; next: number } {
  const rows: CsvRow[] = [];
  let line = 1;
  for (const fields of records) {
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line, fields });
    line += 1 + fields.reduce((n, f) => n + (f.match(LINE_BREAK)?.length ?? 0), 0);
  }
  return { rows, next: line };
}

function decodeUtf8(bytes: Buffer): string | { line: number } {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
      } catch {
        return { line };
      }
      line++;
      start = i + 1;
    }
    return { line };
  }
}
