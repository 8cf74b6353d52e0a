/**
 * `npm run adapter:check` on the DV shelter's HMIS CSV adapter, as a child process over export
 * directories written at test time by the project's writer from the generator: known answers
 * pass the whole kit; on "own data" a failing check names positions and kinds, never a value
 * (VAWA, 34 U.S.C. 12291(b)(2)); a broken export is named at its file, line and column, exit 1.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { exportOf, removeTmpDirs, setField } from '../dv-shelter/hmis-csv/test-support.js';
import { generatePopulation } from '../synthetic/generate.js';
import type { DvShelterDataset } from '../synthetic/population.js';
import { runCheckCli } from './run-check-cli.js';

afterAll(removeTmpDirs);

const SEEDED = { seed: 7, size: 200 };
const generated = () => generatePopulation(SEEDED).dvShelter;
const env = (dir: string) => ({ DV_SHELTER_ADAPTER: 'hmis-csv', DV_SHELTER_EXPORT_DIR: dir });

/** Every string a client or enrollment row holds (ids, names, dates): what a report must not quote. */
function recordValues(data: DvShelterDataset): string[] {
  const rows = [...data.clients, ...data.enrollments.map(({ provenance: _, exit, ...e }) => ({ ...e, ...exit }))];
  return rows.flatMap((row) => Object.entries(row).filter(([k, v]) => k !== 'provenance' && typeof v === 'string' && v.length > 3).map(([, v]) => v as string));
}

describe('npm run adapter:check --domain dv-shelter on an HMIS CSV export', () => {
  it('runs the whole kit against an export of the seeded population and passes, exit 0', async () => {
    const dir = await exportOf(generated());
    const { code, out } = await runCheckCli(['--domain', 'dv-shelter', '--env', '--seeded-with', `${SEEDED.seed}/${SEEDED.size}`], env(dir));
    expect(out).toContain(`✓ configuration: dv-shelter on hmis-csv from ${dir}`);
    expect(out).toMatch(/✓ export: valid — serving HMIS CSV FY2024 export HUB-SYNTHETIC-1 of 2026-11-01 00:00:00 from .*: \d+ clients, \d+ enrollments/);
    expect(out).toContain('✓ expectations: known — the synthetic population seed 7, size 200');
    expect(out).toContain('✓ contract: clientsByIds: known keys answer exactly the records the store holds, in key order');
    expect(out).toContain('✓ demographics: demographicsOfReleased() yields released clients only (none without a release), each once, pages within their limit');
    expect(out).toMatch(/^PASS: preflight passed; conformance checks: \d+ passed, 0 failed, \d+ skipped\.$/m);
    expect(code).toBe(0);
  }, 60_000);

  it('on own data, a failing check says which position failed and quotes no id, name or date', async () => {
    // The first client has a twin whose PersonalID differs only in case, as in a store whose ids
    // fold case; asked with that one id, the kit expects its case flip to be unknown.
    const data = generated();
    const first = data.clients[0];
    data.clients.push({ ...first, localId: first.localId.toUpperCase(), firstName: 'Twinfirst', lastName: 'Twinlast', birthDate: '1977-07-17' });
    expect(first.localId).not.toBe(first.localId.toUpperCase());
    const dir = await exportOf(data);
    const { code, out } = await runCheckCli(['--domain', 'dv-shelter', '--adapter', 'hmis-csv', '--export-dir', dir, '--sample', '1'], {});
    expect(out).toContain('✓ expectations: your own data — the PersonalIDs of the first');
    // The release check runs on own data too: it releases sampled clients and judges who comes out.
    expect(out).toContain('✓ demographics: demographicsOfReleased() yields released clients only');
    expect(out).toMatch(/✗ contract: clientsByIds: .*\n {4}clientsByIds: key ‹a string› at index \d+ is unknown and must answer null, answered ‹an object: localId, firstName, lastName/);
    expect(out).toMatch(/^FAIL: preflight passed; conformance checks: \d+ passed, [1-9]\d* failed/m);
    expect(code).toBe(1);
    const values = recordValues(data);
    expect(values.length).toBeGreaterThan(20);
    expect(values.filter((value) => out.includes(value))).toEqual([]);
  }, 60_000);

  it('names a broken export at its file, line and column, quoting no value, and exits 1', async () => {
    const dir = await exportOf(generated());
    await setField(dir, 'Client.csv', 3, 'DOB', '1990-13-45');
    const { code, out } = await runCheckCli(['--domain', 'dv-shelter', '--env'], env(dir));
    expect(out).toContain(`✗ export: ${dir} cannot be served:`);
    expect(out).toContain('✗     DV_SHELTER_EXPORT_DIR: the HMIS CSV export was rejected: Client.csv line 3, column DOB: not a date in yyyy-mm-dd form');
    expect(out).not.toContain('1990-13-45');
    expect(out).toMatch(/^FAIL: 2 preflight step\(s\) failed; conformance checks: 0 passed, 0 failed, 0 skipped\.$/m);
    expect(code).toBe(1);
  }, 60_000);
});
