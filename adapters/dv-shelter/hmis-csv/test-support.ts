/**
 * Test helpers: export directories are written at test time into a temporary directory from
 * generated or hand-made synthetic data (no CSV fixture with people in it is ever committed),
 * then edited line by line to make them truncated or malformed.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DvShelterDataset } from '../../synthetic/population.js';
import { writeHmisExport, type WriteExportOptions } from './write-export.js';

const made: string[] = [];

export async function tmpDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hmis-csv-'));
  made.push(dir);
  return dir;
}

/** Remove every directory `tmpDir` made (call from `afterAll`). */
export async function removeTmpDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export async function exportOf(data: DvShelterDataset, options: WriteExportOptions = {}): Promise<string> {
  const dir = await tmpDir();
  await writeHmisExport(data, dir, { exportDate: '2026-11-01 00:00:00', ...options });
  return dir;
}

/** Rewrite a file's lines (CRLF-separated, the trailing empty entry kept) with `edit`. */
export async function editLines(dir: string, file: string, edit: (lines: string[]) => string[]): Promise<void> {
  const text = await readFile(join(dir, file), 'utf8');
  await writeFile(join(dir, file), edit(text.split('\r\n')).join('\r\n'), 'utf8');
}

/** Set one field (by column name) on one line (1-based, header = 1). Fields must hold no quotes. */
export async function setField(dir: string, file: string, line: number, column: string, value: string): Promise<void> {
  await editLines(dir, file, (lines) => {
    const at = lines[0].split(',').indexOf(column);
    if (at < 0) throw new Error(`no column ${column} in ${file}`);
    const fields = lines[line - 1].split(',');
    fields[at] = value;
    lines[line - 1] = fields.join(',');
    return lines;
  });
}

/** Cut a file at the character offset `at` returns (a transfer that stopped part way). */
export async function truncate(dir: string, file: string, at: (text: string) => number): Promise<void> {
  const text = await readFile(join(dir, file), 'utf8');
  await writeFile(join(dir, file), text.slice(0, at(text)), 'utf8');
}

/** Every answer of both methods for `ids`, as plain data. */
export async function answersOf(
  adapter: { clientsByIds(ids: readonly string[]): Promise<unknown>; enrollmentsByClientIds(ids: readonly string[]): Promise<unknown> },
  ids: readonly string[],
): Promise<unknown> {
  return { clients: await adapter.clientsByIds(ids), enrollments: await adapter.enrollmentsByClientIds(ids) };
}
