/**
 * Organization.csv (HMIS 2.01): required in every export, each Project.csv row names one of its
 * organizations, and VictimServiceProvider is a No/Yes code. Each problem is rejected at its file,
 * line and column, and the previous snapshot keeps serving.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dvShelterFixture } from '../../conformance/fixtures/dv-shelter.js';
import { createHmisCsvDvShelterAdapter, type HmisCsvDvShelterAdapter } from './adapter.js';
import { formatProblem, HmisExportRejectedError } from './problems.js';
import { editLines, exportOf, removeTmpDirs, setField } from './test-support.js';

const BEYOND_SPEC = { households: 'warn', idMaxLength: 64 } as const;
let adapter: HmisCsvDvShelterAdapter;

beforeAll(async () => {
  adapter = await createHmisCsvDvShelterAdapter({ directory: await exportOf(dvShelterFixture), requireInitialLoad: true, ...BEYOND_SPEC });
});
afterAll(removeTmpDirs);

async function problemsOf(edit: (dir: string) => Promise<void>): Promise<string[]> {
  const dir = await exportOf(dvShelterFixture);
  await edit(dir);
  const error = await adapter.reload(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HmisExportRejectedError);
  expect((await adapter.health()).status).toBe('degraded');
  return (error as HmisExportRejectedError).problems.map(formatProblem);
}

describe('Organization.csv', () => {
  it('is written by the writer: one victim service provider operating every project', async () => {
    const dir = await exportOf(dvShelterFixture);
    const [header, row, end] = (await readFile(join(dir, 'Organization.csv'), 'utf8')).split('\r\n');
    expect(header).toBe('OrganizationID,OrganizationName,VictimServiceProvider,OrganizationCommonName,DateCreated,DateUpdated,UserID,DateDeleted,ExportID');
    expect(row.split(',').slice(0, 3)).toEqual(['DV-ORG', 'DV program', '1']);
    expect(end).toBe('');
    const projects = (await readFile(join(dir, 'Project.csv'), 'utf8')).split('\r\n').slice(1, -1);
    expect(projects.length).toBeGreaterThan(1);
    for (const project of projects) expect(project.split(',')[1]).toBe('DV-ORG');
  });

  it('is required', async () => {
    expect(await problemsOf((dir) => rm(join(dir, 'Organization.csv')))).toEqual(['Organization.csv: cannot be read (ENOENT)']);
  });

  it('a project naming an organization the file does not hold is rejected at its line', async () => {
    expect(await problemsOf((dir) => setField(dir, 'Project.csv', 3, 'OrganizationID', 'NO-SUCH-ORG'))).toEqual([
      'Project.csv line 3, column OrganizationID: names no OrganizationID that Organization.csv holds (deleted rows excluded)',
    ]);
  });

  it('a repeated OrganizationID and a VictimServiceProvider that is not 0 or 1 are each named by line', async () => {
    const problems = await problemsOf(async (dir) => {
      await editLines(dir, 'Organization.csv', (lines) => [...lines.slice(0, 2), lines[1], ...lines.slice(2)]);
      await setField(dir, 'Organization.csv', 3, 'VictimServiceProvider', '2');
    });
    expect(problems).toEqual(['Organization.csv line 3, column VictimServiceProvider: not one of the codes 0, 1']);
    const repeated = await problemsOf((dir) => editLines(dir, 'Organization.csv', (lines) => [...lines.slice(0, 2), lines[1], ...lines.slice(2)]));
    expect(repeated).toEqual(['Organization.csv line 3, column OrganizationID: repeats the OrganizationID of line 2']);
  });
});
