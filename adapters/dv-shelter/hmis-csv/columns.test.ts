import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dvShelterFixture } from '../../conformance/fixtures/dv-shelter.js';
import { createEmbeddedDvShelterAdapter } from '../embedded.js';
import { createHmisCsvDvShelterAdapter } from './adapter.js';
import { COLUMN_SETS, columnNames } from './columns.js';
import { csvVersionOf } from './export-file.js';
import { formatProblem, HmisExportRejectedError } from './problems.js';
import { answersOf, exportOf, removeTmpDirs, setField } from './test-support.js';

afterAll(removeTmpDirs);
const BEYOND_SPEC = { households: 'warn', idMaxLength: 64 } as const;
const ids = dvShelterFixture.clients.map((c) => c.localId);

describe('column sets', () => {
  it('FY2024 files have the column counts of the specification', () => {
    const counts = Object.fromEntries(Object.entries(COLUMN_SETS['2024']).map(([file, cols]) => [file, cols.length]));
    expect(counts).toEqual({ 'Export.csv': 19, 'Client.csv': 46, 'Enrollment.csv': 71, 'Exit.csv': 44 });
  });

  it('FY2026 applies the delta: Sex, HispanicLatinao, no gender columns; Enrollment swaps five for one; SourceID S350', () => {
    const client = columnNames(COLUMN_SETS['2026']['Client.csv']);
    expect(client.slice(8, 12)).toEqual(['DOB', 'DOBDataQuality', 'Sex', 'AmIndAKNative']);
    expect(client).toContain('HispanicLatinao');
    expect(client).not.toContain('HispanicLatinaeo');
    expect(client).not.toContain('Woman');
    expect(client).toHaveLength(46 - 9 + 1);
    const enrollment = columnNames(COLUMN_SETS['2026']['Enrollment.csv']);
    expect(enrollment).toHaveLength(71 - 5 + 1);
    expect(enrollment.slice(-6)).toEqual(['MentalHealthConsultation', 'DateCreated', 'DateUpdated', 'UserID', 'DateDeleted', 'ExportID']);
    expect(COLUMN_SETS['2026']['Exit.csv']).toEqual(COLUMN_SETS['2024']['Exit.csv']);
    expect(COLUMN_SETS['2026']['Export.csv'].find((c) => c.name === 'SourceID')?.maxLength).toBe(350);
  });

  it('CSVVersion names a fiscal year', () => {
    expect(['2024', 'FY2024', '2024 v1.3', 'FY 2026 v1', '2026'].map(csvVersionOf)).toEqual(['2024', '2024', '2024', '2026', '2026']);
    expect(['', '2022 v1', 'v2024', '20245'].map(csvVersionOf)).toEqual([null, null, null, null]);
  });
});

describe('FY2026 exports', () => {
  it('an FY2026 export is read with the FY2026 column set and answers like FY2024', async () => {
    const dir = await exportOf(dvShelterFixture, { version: '2026' });
    const header = (await readFile(join(dir, 'Client.csv'), 'utf8')).split('\r\n')[0];
    expect(header).toContain('DOBDataQuality,Sex,AmIndAKNative');
    const adapter = await createHmisCsvDvShelterAdapter({ directory: dir, requireInitialLoad: true, ...BEYOND_SPEC });
    expect(adapter.loadedExport()?.csvVersion).toBe('2026');
    expect(await answersOf(adapter, ids)).toEqual(await answersOf(createEmbeddedDvShelterAdapter(dvShelterFixture), ids));
  });

  it('FY2024 files under an FY2026 CSVVersion are rejected at the first column that differs', async () => {
    const dir = await exportOf(dvShelterFixture, { version: '2024' });
    await setField(dir, 'Export.csv', 2, 'CSVVersion', '2026 v1');
    const error = (await createHmisCsvDvShelterAdapter({ directory: dir, requireInitialLoad: true, ...BEYOND_SPEC }).catch((e: unknown) => e)) as HmisExportRejectedError;
    expect(error.problems.map(formatProblem)).toEqual([
      "Client.csv line 1, column Sex: header does not match the specification: expected 'Sex' as column 11, found 'AmIndAKNative' (46 columns, the specification has 38)",
      "Enrollment.csv line 1, column FormerWardChildWelfare: header does not match the specification: expected 'FormerWardChildWelfare' as column 29, found 'SexualOrientation' (71 columns, the specification has 67)",
    ]);
  });
});
