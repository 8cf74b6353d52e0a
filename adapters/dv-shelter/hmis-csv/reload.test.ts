/**
 * Issue 4: a truncated or malformed export is rejected with file- and line-numbered problems,
 * and the previous good snapshot keeps answering exactly as before.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../synthetic/generate.js';
import type { DvShelterDataset } from '../../synthetic/population.js';
import { createHmisCsvDvShelterAdapter, type HmisCsvDvShelterAdapter } from './adapter.js';
import { formatProblem, HmisExportRejectedError } from './problems.js';
import { answersOf, editLines, exportOf, removeTmpDirs, setField, truncate } from './test-support.js';

let data: DvShelterDataset;
let good: string;
let adapter: HmisCsvDvShelterAdapter;
let ids: string[];
let before: unknown;

beforeAll(async () => {
  data = generatePopulation({ size: 600, seed: 11 }).dvShelter;
  good = await exportOf(data, { exportDate: '2026-11-01 06:00:00' });
  adapter = await createHmisCsvDvShelterAdapter({ directory: good, requireInitialLoad: true });
  ids = data.clients.map((c) => c.localId);
  before = await answersOf(adapter, ids);
});
afterAll(removeTmpDirs);

/** Reload `dir`, expect rejection, and return the problems as `File.csv line N, column C: …` text. */
async function rejectedReload(dir: string): Promise<string[]> {
  const error = await adapter.reload(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HmisExportRejectedError);
  return (error as HmisExportRejectedError).problems.map(formatProblem);
}

/** After a rejected reload: same answers, same asOf, `degraded` naming the first problem. */
async function expectPreviousSnapshotServing(firstProblem: string): Promise<void> {
  expect(await answersOf(adapter, ids)).toEqual(before);
  expect(adapter.capabilities.asOf).toBe('2026-11-01');
  expect(adapter.loadedExport()?.directory).toBe(good);
  const health = await adapter.health();
  expect(health.status).toBe('degraded');
  expect(health.detail).toContain(firstProblem);
}

async function badCopy(edit: (dir: string) => Promise<void>): Promise<string> {
  const dir = await exportOf(data, { exportDate: '2026-11-02 06:00:00' });
  await edit(dir);
  return dir;
}

describe('a rejected reload keeps the previous snapshot', () => {
  it('a Client.csv cut mid-row names the file and the line of the partial row', async () => {
    let lastLine = 0;
    const dir = await badCopy(async (d) => {
      const text = await readFile(join(d, 'Client.csv'), 'utf8');
      lastLine = text.split('\r\n').length - 1; // the final CRLF leaves one empty entry
      // Cut in the middle of the last row, a few fields in.
      await truncate(d, 'Client.csv', (t) => t.lastIndexOf('\r\n', t.length - 3) + 2 + 40);
    });
    const problems = await rejectedReload(dir);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^Client\\.csv line ${lastLine}: has \\d+ fields, expected 46 \\(the row is cut short: is the file truncated\\?\\)$`))]);
    await expectPreviousSnapshotServing(`Client.csv line ${lastLine}`);
  });

  it('a file cut inside a quoted field is an unclosed quote at its line', async () => {
    const quoted = structuredClone(data);
    quoted.clients[0].lastName = 'Ortiz, "Jr"';
    const dir = await exportOf(quoted);
    await truncate(dir, 'Client.csv', (t) => t.indexOf('Ortiz, ') + 4);
    expect(await rejectedReload(dir)).toEqual([
      'Client.csv line 2: a quoted field is not closed before the end of the file (is the file truncated?)',
    ]);
    await expectPreviousSnapshotServing('Client.csv line 2');
  });

  it('a bad date and a blank required field in Enrollment.csv are each named by line and column', async () => {
    const dir = await badCopy(async (d) => {
      await setField(d, 'Enrollment.csv', 3, 'EntryDate', '2026-02-30');
      await setField(d, 'Enrollment.csv', 5, 'HouseholdID', '');
    });
    expect(await rejectedReload(dir)).toEqual([
      'Enrollment.csv line 3, column EntryDate: not a date in yyyy-mm-dd form (D)',
      'Enrollment.csv line 5, column HouseholdID: required, but blank',
    ]);
    await expectPreviousSnapshotServing('Enrollment.csv line 3, column EntryDate');
  });

  it('a missing column (dropped from header and rows) names the first column out of place', async () => {
    const dir = await badCopy((d) =>
      editLines(d, 'Enrollment.csv', (lines) => lines.map((l) => (l === '' ? l : l.split(',').filter((_, i) => i !== 5).join(',')))),
    );
    expect(await rejectedReload(dir)).toEqual([
      "Enrollment.csv line 1, column RelationshipToHoH: header does not match the specification: expected 'RelationshipToHoH' " +
        "as column 6, found 'EnrollmentCoC' (70 columns, the specification has 71)",
    ]);
    await expectPreviousSnapshotServing('Enrollment.csv line 1, column RelationshipToHoH');
  });

  it('a renamed header column is named, without quoting a value that is not a column name', async () => {
    const dir = await badCopy((d) => editLines(d, 'Enrollment.csv', (lines) => [lines[0].replace('EntryDate', 'Entry Date'), ...lines.slice(1)]));
    expect(await rejectedReload(dir)).toEqual([
      "Enrollment.csv line 1, column EntryDate: header does not match the specification: expected 'EntryDate' as column 4, " +
        'found something else (71 columns, the specification has 71)',
    ]);
  });

  it('an Enrollment of an unknown client and an Exit of an unknown enrollment are referential problems', async () => {
    const dir = await badCopy(async (d) => {
      await setField(d, 'Enrollment.csv', 2, 'PersonalID', 'NO-SUCH-CLIENT');
      await setField(d, 'Exit.csv', 2, 'EnrollmentID', 'NO-SUCH-ENROLLMENT');
    });
    const problems = await rejectedReload(dir);
    expect(problems).toContain('Enrollment.csv line 2, column PersonalID: names no PersonalID that Client.csv holds (deleted rows excluded)');
    expect(problems).toContain('Exit.csv line 2, column EnrollmentID: names no EnrollmentID that Enrollment.csv holds (deleted rows excluded)');
    await expectPreviousSnapshotServing('line 2, column PersonalID');
  });

  it('collects at most 20 problems, then says it stopped', async () => {
    const dir = await badCopy((d) =>
      editLines(d, 'Client.csv', (lines) => lines.map((l, i) => (i === 0 || l === '' ? l : l.replaceAll(/ (\d{2}:\d{2}:\d{2})/g, 'T$1')))),
    );
    const error = (await adapter.reload(dir).catch((e: unknown) => e)) as HmisExportRejectedError;
    expect(error.problems).toHaveLength(20);
    expect(error.stopped).toBe(true);
    expect(error.message).toMatch(/rejected \(20 problems, the limit: reading stopped there and (at least \d+|perhaps) more remain; nothing was loaded\)/);
  });

  it('problems never quote a field value (a name or birth date would reach logs and health)', async () => {
    const dir = await badCopy((d) => setField(d, 'Client.csv', 2, 'DOB', 'Secret-Value'));
    const error = (await adapter.reload(dir).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('Client.csv line 2, column DOB');
    expect(error.message).not.toContain('Secret-Value');
    expect((await adapter.health()).detail).not.toContain('Secret-Value');
  });

  it('a delta refresh and an unknown CSVVersion are refused at Export.csv', async () => {
    const dir = await badCopy(async (d) => {
      await setField(d, 'Export.csv', 2, 'ExportDirective', '1');
      await setField(d, 'Export.csv', 2, 'CSVVersion', '2022 v1');
    });
    expect(await rejectedReload(dir)).toEqual([
      expect.stringMatching(/^Export\.csv line 2, column CSVVersion: must name the FY2024 or FY2026 specification/),
    ]);
    const delta = await badCopy((d) => setField(d, 'Export.csv', 2, 'ExportDirective', '1'));
    expect(await rejectedReload(delta)).toEqual([expect.stringMatching(/^Export\.csv line 2, column ExportDirective: must be 2 \(full refresh\)/)]);
  });

  it('a good export after failures swaps in whole and clears the degraded state', async () => {
    const next = structuredClone(data);
    next.clients[0].firstName = 'Renamed';
    const dir = await exportOf(next, { exportId: 'HUB-SYNTHETIC-2', exportDate: '2026-11-03 06:00:00' });
    const loaded = await adapter.reload(dir);
    expect(loaded.exportId).toBe('HUB-SYNTHETIC-2');
    expect(adapter.capabilities.asOf).toBe('2026-11-03');
    expect((await adapter.clientsByIds([next.clients[0].localId]))[0]).toMatchObject({ firstName: 'Renamed' });
    expect((await adapter.health()).status).toBe('up');
    await adapter.reload(good); // back to the first export for any later test
    expect(await answersOf(adapter, ids)).toEqual(before);
  });
});

describe('loading', () => {
  it('rows with a DateDeleted are excluded, and checked against as absent', async () => {
    const withExtra = structuredClone(data);
    const extra = { ...structuredClone(data.clients[0]), localId: 'DV-DELETED-1' };
    withExtra.clients.push(extra);
    const dir = await exportOf(withExtra);
    const deleted = (l: string) => l.replace(/,,HUB-SYNTHETIC-1$/, ',2026-10-30 10:00:00,HUB-SYNTHETIC-1');
    const alone = (e: { householdId: string }) => data.enrollments.filter((o) => o.householdId === e.householdId).length === 1;
    const exited = data.enrollments.find((e) => e.exit && alone(e))!;
    await editLines(dir, 'Client.csv', (lines) => lines.map((l) => (l.startsWith('DV-DELETED-1,') ? deleted(l) : l)));
    await editLines(dir, 'SafetyPlan.csv', (lines) => lines.map((l) => (l.startsWith('DV-DELETED-1,') ? deleted(l) : l)));
    await editLines(dir, 'Enrollment.csv', (lines) => lines.map((l) => (l.startsWith(`${exited.enrollmentId},`) ? deleted(l) : l)));
    // The enrollment's exit is left in place: it now names a deleted enrollment.
    const error = await createHmisCsvDvShelterAdapter({ directory: dir, requireInitialLoad: true }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/Exit\.csv line \d+, column EnrollmentID: names no EnrollmentID that Enrollment\.csv holds \(deleted rows excluded\)/);
    await editLines(dir, 'Exit.csv', (lines) => lines.map((l) => (l.startsWith(`${exited.exit!.exitId},`) ? deleted(l) : l)));
    const loaded = await createHmisCsvDvShelterAdapter({ directory: dir, requireInitialLoad: true });
    expect(await loaded.clientsByIds(['DV-DELETED-1'])).toEqual([null]);
    const [list] = await loaded.enrollmentsByClientIds([exited.clientId]);
    expect((list as Array<{ enrollmentId: string }>).map((e) => e.enrollmentId)).not.toContain(exited.enrollmentId);
  });

  it('starts down when the first export is rejected, and answers each key with an Error', async () => {
    const dir = await badCopy((d) => truncate(d, 'Exit.csv', (t) => t.length - 5));
    const down = await createHmisCsvDvShelterAdapter({ directory: dir });
    expect((await down.health()).status).toBe('down');
    expect((await down.health()).detail).toMatch(/Exit\.csv line \d+/);
    const [answer, bad] = await down.clientsByIds([ids[0], '']);
    expect(answer).toBeInstanceOf(Error);
    expect((bad as Error).name).toBe('InvalidLocalIdError');
    await expect(createHmisCsvDvShelterAdapter({ directory: dir, requireInitialLoad: true })).rejects.toBeInstanceOf(HmisExportRejectedError);
  });
});
