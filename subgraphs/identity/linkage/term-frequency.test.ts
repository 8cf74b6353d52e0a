import { describe, expect, it } from 'vitest';
import type { DemographicRecord } from '../../../adapters/port/demographics.js';
import { generateIntakeRecords } from '../../../adapters/synthetic/linkage-intake/intake.js';
import { linkPlaintext } from './engine.js';
import { frequenciesOf, tfAdjustments } from './term-frequency.js';
import type { LinkageResult } from './types.js';

describe('term-frequency adjustment (Splink tf_adjustment)', () => {
  it('gives each record the share of records holding its value', () => {
    const f = frequenciesOf(['garcia', 'garcia', 'garcia', 'oyelaran', '']);
    expect(Array.from(f.subarray(0, 4))).toEqual([0.75, 0.75, 0.75, 0.25]);
    expect(Number.isNaN(f[4])).toBe(true);
  });

  it('adds log2(u / f) to an exact agreement only', () => {
    const freq = Float64Array.from([0.5, 0.5, 0.01, 0.01]);
    const n = 4;
    const pairs = Float64Array.from([0 * n + 1, 2 * n + 3, 1 * n + 2]);
    const levels = Uint8Array.from([0, 0, 3]); // one field: exact, exact, not exact
    const adj = tfAdjustments(pairs, n, levels, 1, [[0.05, 0.95]], [{ field: 0, level: 0, frequency: freq }]);
    expect(adj[0]).toBeCloseTo(Math.log2(0.05 / 0.5));
    expect(adj[1]).toBeCloseTo(Math.log2(0.05 / 0.01));
    expect(adj[2]).toBe(0);
  });

  it('weighs an agreement on a common name less than on a rare one, all else equal', () => {
    // Background records where "Maria Garcia" is frequent, plus two pairs that agree on exactly
    // the same fields: one with the common name, one with a rare name.
    const background = generateIntakeRecords({ size: 1200, seed: 7 }).records;
    const common: DemographicRecord[] = Array.from({ length: 60 }, (_, k) => ({
      system: 'schools', localId: `G-${k}`, firstName: 'Maria', middleName: null, lastName: 'Garcia',
      birthDate: `19${60 + (k % 40)}-0${1 + (k % 9)}-1${k % 10}`, sex: 'FEMALE',
    }));
    const pair = (first: string, last: string, tag: string): DemographicRecord[] => [
      { system: 'child-welfare', localId: `${tag}-1`, firstName: first, middleName: null, lastName: last, birthDate: '1984-07-23', sex: 'FEMALE' },
      { system: 'behavioral-health', localId: `${tag}-2`, firstName: first, middleName: null, lastName: last, birthDate: '1984-07-23', sex: 'FEMALE' },
    ];
    const records = [...background, ...common, ...pair('Maria', 'Garcia', 'C'), ...pair('Oluwaseun', 'Oyelaran', 'R')];
    const weightOf = (r: LinkageResult, tag: string) =>
      r.pairs.find((p) => [p.a.localId, p.b.localId].sort().join() === `${tag}-1,${tag}-2`)!.weight;
    const on = linkPlaintext(records, { keepNonMatchPairs: true });
    expect(weightOf(on, 'R') - weightOf(on, 'C')).toBeGreaterThan(3);
    // Without the adjustment the two pairs are indistinguishable: the difference is the adjustment.
    const off = linkPlaintext(records, { keepNonMatchPairs: true, termFrequencyAdjustment: false });
    expect(weightOf(off, 'R')).toBeCloseTo(weightOf(off, 'C'));
  });

  it('weighs a shared middle name most Vietnamese women carry (Thị) less than a rare one', () => {
    const background = generateIntakeRecords({ size: 1200, seed: 7 }).records;
    const pair = (middle: string, tag: string): DemographicRecord[] => [
      { system: 'child-welfare', localId: `${tag}-1`, firstName: 'Lan', middleName: middle, lastName: 'Pham', birthDate: '1984-07-23', sex: 'FEMALE' },
      { system: 'behavioral-health', localId: `${tag}-2`, firstName: 'Lan', middleName: middle, lastName: 'Pham', birthDate: '1984-07-23', sex: 'FEMALE' },
    ];
    const records = [...background, ...pair('Thị', 'T'), ...pair('Ngọc Diễm', 'N')];
    const weightOf = (r: LinkageResult, tag: string) =>
      r.pairs.find((p) => [p.a.localId, p.b.localId].sort().join() === `${tag}-1,${tag}-2`)!.weight;
    const on = linkPlaintext(records, { keepNonMatchPairs: true });
    expect(weightOf(on, 'N') - weightOf(on, 'T')).toBeGreaterThan(2);
  });
});
