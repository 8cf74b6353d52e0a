/**
 * The DV program's demographics reader over an HMIS CSV export the project's generator wrote,
 * edited field by field to hold what real exports hold: a full SSN, a partial one (`x`
 * placeholders), an SSN whose data quality is not "full", a suffix, and sex — FY2024's gender
 * columns, FY2026's Sex. Above all: only the clients released to the hub come out (VAWA,
 * 34 U.S.C. 12291(b)(2)); without a release nothing does. The linkage run's own path over such an
 * export: subgraphs/identity/linkage/run/configured-sources.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readAllDemographics, type DemographicRecord } from '../../port/demographics.js';
import { generatePopulation } from '../../synthetic/generate.js';
import { createHmisCsvDvShelterAdapter } from './adapter.js';
import { exportOf, removeTmpDirs, setField } from './test-support.js';

afterAll(removeTmpDirs);

const population = generatePopulation({ size: 3000, seed: 20261101 });
const data = population.dvShelter;
const people = new Map(population.people.map((p) => [p.personId, p]));
const truth = new Map(population.identity.links.filter((l) => l.system === 'dv-shelter').map((l) => [l.localId, people.get(l.personId)!]));
// Clients with a true SSN, in the order the writer writes them (Client.csv line = index + 2).
const lineOf = (localId: string) => data.clients.findIndex((c) => c.localId === localId) + 2;
const picked = data.clients.filter((c) => truth.get(c.localId)?.ssn).slice(0, 6).map((c) => c.localId);
const ssnOf = (id: string) => truth.get(id)!.ssn!;
const byId = (records: DemographicRecord[]) => new Map(records.map((r) => [r.localId, r]));

async function editedExport(version: '2024' | '2026'): Promise<string> {
  const dir = await exportOf(data, { version });
  const set = (id: string, column: string, value: string) => setField(dir, 'Client.csv', lineOf(id), column, value);
  const [full, partial, notFull, gender1, gender2, gender3] = picked;
  await set(full, 'SSN', ssnOf(full));
  await set(full, 'SSNDataQuality', '1');
  await set(full, 'NameSuffix', 'Jr');
  await set(full, 'MiddleName', 'Quinn');
  await set(partial, 'SSN', `xxxxx${ssnOf(partial).slice(5)}`);
  await set(partial, 'SSNDataQuality', '2');
  await set(notFull, 'SSN', ssnOf(notFull));
  await set(notFull, 'SSNDataQuality', '9');
  if (version === '2024') {
    await set(gender1, 'Woman', '1');
    await set(gender2, 'Man', '1');
    await set(gender2, 'Transgender', '1');
    await set(gender3, 'GenderNone', '9');
  } else {
    await set(gender1, 'Sex', '0');
    await set(gender2, 'Sex', '1');
    await set(gender3, 'Sex', '8');
  }
  return dir;
}

describe('HMIS CSV demographics (released clients only)', () => {
  it('FY2024: names, suffix, DOB, data quality, a full SSN only, sex from the gender columns', async () => {
    const adapter = await createHmisCsvDvShelterAdapter({ directory: await editedExport('2024'), requireInitialLoad: true });
    const released = new Set([...picked, 'NOT-A-CLIENT']);
    const records = await readAllDemographics(adapter.demographicsOfReleased!(released), 2);
    expect(records.map((r) => r.localId).sort()).toEqual([...picked].sort());
    const got = byId(records);
    const [full, partial, notFull, woman, transMan, refused] = picked;
    const client = data.clients.find((c) => c.localId === full)!;
    expect(got.get(full)).toEqual({
      system: 'dv-shelter', localId: full, firstName: client.firstName, middleName: 'Quinn', lastName: client.lastName, suffix: 'Jr',
      birthDate: client.birthDate, sex: null, ssn: ssnOf(full), zip: null,
      dataQuality: { name: client.nameDataQuality, birthDate: client.dobDataQuality, ssn: 1 },
    });
    expect(got.get(partial)).toMatchObject({ ssn: null, dataQuality: { ssn: 2 } });
    expect(got.get(notFull)).toMatchObject({ ssn: null, dataQuality: { ssn: 9 } });
    expect([woman, transMan, refused].map((id) => got.get(id)!.sex)).toEqual(['FEMALE', 'UNKNOWN', 'UNKNOWN']);
  });

  it('FY2026: sex from the Sex column (0, 1, 8; 99 not collected is null)', async () => {
    const adapter = await createHmisCsvDvShelterAdapter({ directory: await editedExport('2026'), requireInitialLoad: true });
    const got = byId(await readAllDemographics(adapter.demographicsOfReleased!(new Set(picked)), 4));
    const [full, , , female, male, unknown] = picked;
    expect([female, male, unknown, full].map((id) => got.get(id)!.sex)).toEqual(['FEMALE', 'MALE', 'UNKNOWN', null]);
  });

  it('without a release nothing comes out; a set changed after the reader was made does not widen it', async () => {
    const adapter = await createHmisCsvDvShelterAdapter({ directory: await editedExport('2024'), requireInitialLoad: true });
    expect(await adapter.demographicsOfReleased!(new Set()).page(null, 10)).toEqual({ records: [], next: null });
    const released = new Set([picked[0]]);
    const source = adapter.demographicsOfReleased!(released);
    released.add(picked[1]);
    expect((await readAllDemographics(source, 1)).map((r) => r.localId)).toEqual([picked[0]]);
  });
});
