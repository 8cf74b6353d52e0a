import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dvShelterFixture } from '../../conformance/fixtures/dv-shelter.js';
import type { DvClient } from '../port.js';
import { createHmisCsvDvShelterAdapter } from './adapter.js';
import { formatProblem, HmisExportRejectedError } from './problems.js';
import { exportOf, removeTmpDirs, setField } from './test-support.js';

afterAll(removeTmpDirs);
const BEYOND_SPEC = { households: 'warn', idMaxLength: 64 } as const;

describe('writing and reading text', () => {
  it('commas, quotes and line breaks in names round-trip, and later lines keep their numbers', async () => {
    const data = structuredClone(dvShelterFixture);
    data.clients[0].firstName = 'Ana, "Nena"';
    data.clients[1].lastName = 'Line\r\nBreak';
    const dir = await exportOf(data);
    const adapter = await createHmisCsvDvShelterAdapter({ directory: dir, requireInitialLoad: true, ...BEYOND_SPEC });
    const [a, b] = (await adapter.clientsByIds([data.clients[0].localId, data.clients[1].localId])) as Array<{ firstName: string; lastName: string }>;
    expect(a.firstName).toBe('Ana, "Nena"');
    expect(b.lastName).toBe('Line\r\nBreak');
    // Client 3 sits on physical line 5: client 2's record spans lines 3 and 4.
    await setField(dir, 'Client.csv', 5, 'NameDataQuality', '7');
    const error = (await adapter.reload(dir).catch((e: unknown) => e)) as HmisExportRejectedError;
    expect(error.problems.map(formatProblem)).toEqual(['Client.csv line 5, column NameDataQuality: not one of the codes 1, 2, 8, 9, 99']);
  });

  it("reads Name, SSN and DOB data quality into the client's provenance", async () => {
    const dir = await exportOf(dvShelterFixture);
    await setField(dir, 'Client.csv', 2, 'SSNDataQuality', '8');
    const adapter = await createHmisCsvDvShelterAdapter({ directory: dir, requireInitialLoad: true, ...BEYOND_SPEC });
    const [client] = (await adapter.clientsByIds([dvShelterFixture.clients[0].localId])) as DvClient[];
    expect(client.provenance.dataQuality).toEqual([
      { field: 'name', code: 1, meaning: 'FULL_REPORTED' },
      { field: 'ssn', code: 8, meaning: 'CLIENT_DOES_NOT_KNOW' },
      { field: 'birthDate', code: 1, meaning: 'FULL_REPORTED' },
    ]);
    await setField(dir, 'Client.csv', 2, 'SSNDataQuality', '3');
    const error = (await adapter.reload(dir).catch((e: unknown) => e)) as HmisExportRejectedError;
    expect(error.problems.map(formatProblem)).toEqual(['Client.csv line 2, column SSNDataQuality: not one of the codes 1, 2, 8, 9, 99']);
  });

  it('a file cut inside a multi-byte character is not UTF-8, at the line of the cut', async () => {
    const dir = await exportOf(dvShelterFixture);
    const bytes = await readFile(join(dir, 'Client.csv'));
    const at = bytes.indexOf(Buffer.from('ễ')) + 1; // Nguyễn is on line 3
    await writeFile(join(dir, 'Client.csv'), bytes.subarray(0, at));
    const error = (await createHmisCsvDvShelterAdapter({ directory: dir, requireInitialLoad: true, ...BEYOND_SPEC }).catch((e: unknown) => e)) as HmisExportRejectedError;
    expect(error.problems.map(formatProblem)).toEqual([
      'Client.csv line 3: is not valid UTF-8 text (a file cut inside a character, or another encoding)',
    ]);
  });

  it('without SafetyPlan.csv every client answers safetyPlanOnFile false, and health says it is unknown', async () => {
    const dir = await exportOf(dvShelterFixture, { safetyPlans: false });
    const adapter = await createHmisCsvDvShelterAdapter({ directory: dir, requireInitialLoad: true, ...BEYOND_SPEC });
    const clients = (await adapter.clientsByIds(dvShelterFixture.clients.map((c) => c.localId))) as Array<{ safetyPlanOnFile: boolean }>;
    expect(clients.map((c) => c.safetyPlanOnFile)).toEqual(dvShelterFixture.clients.map(() => false));
    expect((await adapter.health()).detail).toContain('no SafetyPlan.csv, so safetyPlanOnFile is false (unknown)');
  });
});
