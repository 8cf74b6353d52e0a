/**
 * Surnames that differ outright weigh differently for women and for men (compare.ts,
 * `SURNAME_DIFFERENT_WOMEN`): EM, trained on intake data where mothers are registered under maiden
 * and married names, learns the milder penalty for women, and the split decides real pairs.
 */
import { describe, expect, it } from 'vitest';
import type { DemographicRecord } from '../../../adapters/port/demographics.js';
import { generateIntakeRecords } from '../../../adapters/synthetic/linkage-intake/intake.js';
import { linkPlaintext } from './engine.js';
import { linkPrivacyPreserving } from './pprl/engine.js';
import type { LinkageResult } from './types.js';

const intake = generateIntakeRecords({ size: 2000, seed: 11 });
const TEST_SECRET = 'test-only-linkage-secret-0003';

function rec(system: string, localId: string, first: string, last: string, sex: DemographicRecord['sex'], extra: Partial<DemographicRecord> = {}): DemographicRecord {
  return { system, localId, firstName: first, middleName: null, lastName: last, birthDate: '1991-06-14', sex, zip: null, ...extra };
}

// One woman under her maiden name at child welfare and her married name at behavioral health;
// two men of one common given name and birth date with different surnames. No SSN, no ZIP.
const cases = [
  rec('child-welfare', 'W-1', 'Maria', 'Abernathy', 'FEMALE'),
  rec('behavioral-health', 'W-2', 'Maria', 'Kowalczyk', 'FEMALE'),
  rec('child-welfare', 'M-1', 'Jose', 'Abernathy', 'MALE'),
  rec('behavioral-health', 'M-2', 'Jose', 'Kowalczyk', 'MALE'),
  // Her family and given names swapped at one desk, on top of the change of surname.
  rec('child-welfare', 'S-1', 'Imani', 'McCallister', 'FEMALE', { birthDate: '1990-12-23', zip: '95476' }),
  rec('behavioral-health', 'S-2', 'Robertson', 'Imani', 'FEMALE', { birthDate: '1990-12-23', zip: '95476' }),
  // Twin brothers, one of them with family and given names swapped: the name that agrees across
  // the swap is the family name, so this is not one boy with a changed surname.
  rec('schools', 'T-1', 'Hùng', 'Nguyễn', 'MALE', { middleName: 'Gia', birthDate: '2011-12-20', zip: '95476' }),
  rec('schools', 'T-2', 'Nguyen', 'Thang', 'MALE', { middleName: 'Gia', birthDate: '2011-12-20', zip: '95476' }),
  // A changed surname and a second slip: no blocking pass on the full date or the surname holds
  // these pairs; the given name with the year, or with the day and month, does.
  rec('schools', 'Y-1', 'Kiara', 'Darwish', 'FEMALE', { middleName: 'Noor', birthDate: '2013-05-13', zip: '95472' }),
  rec('child-welfare', 'Y-2', 'Kiara', 'Nasser', 'FEMALE', { middleName: 'Noor', birthDate: '2012-05-13', zip: '95472' }),
  rec('child-welfare', 'Y-3', 'Beatriz', 'Romero', 'FEMALE', { birthDate: '1971-11-18', zip: '95403' }),
  rec('behavioral-health', 'Y-4', 'Beatriz', 'Ostrowski', 'FEMALE', { birthDate: '1971-11-17', zip: '95403' }),
  // Two women of one given name and birth date, each with her own SSN, each also at the DV
  // program without one: the records without an SSN must not chain the two women together.
  rec('behavioral-health', 'J-1', 'Jasmine', 'Coleman', 'FEMALE', { birthDate: '1988-12-29', ssn: '900121212', zip: '95490' }),
  rec('child-welfare', 'J-2', 'Jasmine', 'Kelly', 'FEMALE', { birthDate: '1988-12-29', ssn: '900343434', zip: '95476' }),
  rec('dv-shelter', 'J-3', 'Jasmine', 'Coleman', 'FEMALE', { birthDate: '1988-12-29' }),
  rec('dv-shelter', 'J-4', 'Jasmine', 'Kelly', 'FEMALE', { birthDate: '1988-12-29' }),
];

const together = (r: LinkageResult, a: string, b: string) =>
  r.clusters.some((c) => c.records.some((x) => x.localId === a) && c.records.some((x) => x.localId === b));
const weightOf = (r: LinkageResult, level: string) =>
  r.parameters.fields.find((f) => f.field === 'surname')!.levels.find((l) => l.level === level)!.weight;

describe.each([
  ['plaintext', () => linkPlaintext([...intake.records, ...cases]), ['different (women)', 'different (men)']],
  ['privacy-preserving', () => linkPrivacyPreserving([...intake.records, ...cases], { secret: TEST_SECRET }), ['different (one sex)', 'different (the other sex)']],
] as const)('a surname that differs (%s)', (mode, link, levels) => {
  let result: LinkageResult;
  const linked = () => (result ??= link());

  it('weighs less against a match between women than between men', () => {
    const r = linked();
    const [one, other] = [weightOf(r, levels[0]), weightOf(r, levels[1])];
    // Plaintext knows which level is women's; PPRL only that each is one sex's.
    if (mode === 'plaintext') expect(one).toBeGreaterThan(other + 1);
    else expect(Math.abs(one - other)).toBeGreaterThan(1);
  });

  it('links a woman under her maiden and her married name, and weighs the same evidence for two men lower', () => {
    const r = linked();
    expect(together(r, 'W-1', 'W-2')).toBe(true);
    // Kept pairs are MATCH and REVIEW; a pair scored NON_MATCH is not in the list at all.
    const weight = (a: string, b: string) => r.pairs.find((p) => p.a.localId === a && p.b.localId === b)?.weight ?? -Infinity;
    expect(weight('W-1', 'W-2')).toBeGreaterThan(weight('M-1', 'M-2') + 1);
  });

  it('links names swapped at one desk on top of a changed surname', () => {
    expect(together(linked(), 'S-1', 'S-2')).toBe(true);
  });

  it('does not read a twin with swapped names as his brother under a changed surname', () => {
    expect(together(linked(), 'T-1', 'T-2')).toBe(false);
  });

  it('compares and links a changed surname with a mistyped year or a day off', () => {
    expect(together(linked(), 'Y-1', 'Y-2')).toBe(true);
    expect(together(linked(), 'Y-3', 'Y-4')).toBe(true);
  });

  it('never chains two women with their own different SSNs through records without one', () => {
    expect(together(linked(), 'J-1', 'J-2')).toBe(false);
  });
});
