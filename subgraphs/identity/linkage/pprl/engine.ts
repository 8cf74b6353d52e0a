/**
 * Privacy-preserving mode: the same pipeline (blocking, EM, bands, clustering) over what the
 * data holders send (`encode.ts`): keyed Bloom filters and hashed blocking keys. Field levels come
 * from Dice coefficients, mirroring the plaintext levels so the same guards apply.
 */
import type { DemographicRecord } from '../../../../adapters/port/demographics.js';
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions, gradeSameSystemNames, type PreparedInput, runLinkage, systemIndexer } from '../engine.js';
import { PASS_NAMES } from '../blocking-keys.js';
import { buildNicknameIndex } from '../nicknames.js';
import type { FieldSpec, LinkageResult } from '../types.js';
import { NULL_LEVEL } from '../types.js';
import { WORDS, dice, popcount } from './bloom.js';
import { surnameDifferentBySex } from '../compare.js';
import { givenNameTest } from '../name-roles.js';
import { FILTERS, FILTER_INDEX as X, encodeRecords, type EncodedBatch } from './encode.js';
import { frequenciesOf } from '../term-frequency.js';

export const PPRL_FIELDS: readonly FieldSpec[] = [
  { name: 'given', levels: ['exact', 'nickname', 'middle-name alias', 'dice≥0.75', 'dice≥0.45', 'initial only', 'different'] },
  { name: 'surname', levels: ['exact', 'compound part', 'dice≥0.75', 'dice≥0.55', 'different', 'different (one sex)', 'different (the other sex)'] },
  { name: 'middle', levels: ['exact', 'dice≥0.60', 'different'] },
  { name: 'birthDate', levels: ['exact', 'day-month swap', '±1 day', 'one part differs (dice≥0.3)', 'year (approximate)', 'different'] },
  { name: 'ssn', levels: ['exact', 'dice≥0.60', 'different'] },
  { name: 'sex', levels: ['agree', 'disagree'] },
  { name: 'zip', levels: ['agree', 'disagree'] },
  { name: 'suffix', levels: ['agree', 'conflict'] },
];

export interface PprlOptions extends EngineOptions {
  /** The secret the data holders share; the linkage unit never holds it. No default: a known
   *  secret would let anyone re-identify the encodings by dictionary attack. */
  secret: string;
}

export function preparePprl(batch: EncodedBatch): PreparedInput {
  const n = batch.system.length;
  const per = FILTERS.length * WORDS;
  const { bits } = batch;
  const counts = new Uint16Array(n * FILTERS.length);
  for (let r = 0; r < n; r++) {
    for (let f = 0; f < FILTERS.length; f++) {
      let c = 0;
      for (let w = 0; w < WORDS; w++) c += popcount(bits[r * per + f * WORDS + w]);
      counts[r * FILTERS.length + f] = c;
    }
  }
  const d = (i: number, j: number, f: number, g = f) =>
    dice(bits, i * per + f * WORDS, j * per + g * WORDS, counts[i * FILTERS.length + f], counts[j * FILTERS.length + g]);
  const same = (i: number, j: number, f: number) => {
    const x = d(i, j, f);
    return x < 0 ? NULL_LEVEL : x === 1 ? 0 : 1;
  };
  // compare.ts gives a surname that differs outright one level per sex; the linkage unit cannot
  // tell which sex filter is female (it never holds the secret), so the two filters take the two
  // levels in the order their encodings sort, and EM learns which of the two is the milder.
  const sexKeys = filterKeys(X.sex);
  const [sexA, sexB] = [...new Set(sexKeys.filter(Boolean))].sort();
  const sexClass = Uint8Array.from(sexKeys, (k) => (k === '' ? 0 : k === sexA ? 1 : k === sexB ? 2 : 3));
  // Which records' given-name encodings are mostly seen as given names (name-roles.ts).
  const givenKeys = filterKeys(X.given);
  const surnameKeys = filterKeys(X.surname);
  const isGivenName = givenNameTest(givenKeys, surnameKeys);
  const givenNameAt = givenKeys.map(isGivenName);
  const sys = systemIndexer();
  return {
    mode: 'pprl',
    refs: batch.system.map((system, i) => ({ system, localId: batch.localId[i] })),
    systemOf: Uint8Array.from(batch.system, sys),
    passes: PASS_NAMES.map((name, k) => ({ name, keys: batch.blockKeys.map((ks) => ks[k]) })),
    fields: PPRL_FIELDS,
    compare(i, j, out, o) {
      const g = d(i, j, X.given);
      out[o] = g < 0 ? NULL_LEVEL : g === 1 ? 0 : d(i, j, X.givenRoots) >= 0.5 ? 1
        : d(i, j, X.given, X.middle) === 1 || d(i, j, X.middle, X.given) === 1 ? 2 : g >= 0.75 ? 3 : g >= 0.45 ? 4 : 6;
      const s = d(i, j, X.surname);
      out[o + 1] = s < 0 ? NULL_LEVEL : s === 1 ? 0 : d(i, j, X.surnameParts) >= 0.5 ? 1 : s >= 0.75 ? 2 : s >= 0.55 ? 3
        : surnameDifferentBySex(sexClass[i], sexClass[j]);
      if (g >= 0 && s >= 0 && out[o] >= 4 && out[o + 1] >= 3) {
        // Given and family names entered in each other's place, read both ways as compare.ts
        // does: both names close, or the given names identical and only the family name changed.
        const iGivenJFamily = d(i, j, X.given, X.surname);
        const iFamilyJGiven = d(i, j, X.surname, X.given);
        const [given, family] = iGivenJFamily >= iFamilyJGiven ? [iGivenJFamily, iFamilyJGiven] : [iFamilyJGiven, iGivenJFamily];
        if (given >= 0.75 && family >= 0.55) {
          out[o] = given === 1 ? 0 : 3;
          out[o + 1] = family === 1 ? 0 : family >= 0.75 ? 2 : 3;
        } else if (given === 1 && givenNameAt[iGivenJFamily >= iFamilyJGiven ? i : j]) {
          out[o] = 0;
          out[o + 1] = surnameDifferentBySex(sexClass[i], sexClass[j]);
        }
      }
      const m = d(i, j, X.middle);
      out[o + 2] = m < 0 ? NULL_LEVEL : m === 1 ? 0 : m >= 0.6 ? 1 : 2;
      const b = d(i, j, X.birthDate);
      out[o + 3] = b < 0 ? NULL_LEVEL : batch.dobApproximate[i] || batch.dobApproximate[j] ? (b > 0.2 ? 4 : 5)
        : b === 1 ? 0 : d(i, j, X.birthDateSwap) === 1 ? 1 : d(i, j, X.birthDateNear) >= 0.35 ? 2 : b >= 0.3 ? 3 : 5;
      const ssn = d(i, j, X.ssn);
      out[o + 4] = ssn < 0 ? NULL_LEVEL : ssn === 1 ? 0 : ssn >= 0.6 ? 1 : 2;
      out[o + 5] = same(i, j, X.sex);
      out[o + 6] = same(i, j, X.zip);
      out[o + 7] = same(i, j, X.suffix);
    },
    sameSystemNames: gradeSameSystemNames,
    guards: [
      { field: 0, level: 6, unless: [{ field: 3, level: 0 }, { field: 4, level: 0 }] },
      { field: 3, level: 5, unless: [{ field: 4, level: 0 }] },
      { field: 7, level: 1, unless: [{ field: 4, level: 0 }] },
      { field: 4, level: 2, unless: [{ field: 0, level: 0 }, { field: 1, level: 0 }, { field: 3, level: 0 }] },
    ],
    // Identical filters encode identical values, so the linkage unit can count value frequencies
    // without learning the values (the counts never leave the engine).
    termFrequencies: [
      { field: 0, level: 0, frequency: frequenciesOf(givenKeys) },
      { field: 1, level: 0, frequency: frequenciesOf(surnameKeys) },
      { field: 2, level: 0, frequency: frequenciesOf(filterKeys(X.middle)) },
    ],
  };
  function filterKeys(f: number): string[] {
    const out: string[] = [];
    for (let r = 0; r < n; r++) {
      const at = r * per + f * WORDS;
      out.push(counts[r * FILTERS.length + f] === 0 ? '' : String.fromCharCode(...new Uint16Array(bits.buffer, bits.byteOffset + at * 4, WORDS * 2)));
    }
    return out;
  }
}

/** Encodes at the (simulated) data holders, then links only the encodings. */
export function linkPrivacyPreserving(
  records: readonly DemographicRecord[],
  options: Partial<PprlOptions> & { secret: string },
): LinkageResult {
  if (options.secret.length < 16) throw new Error('The shared linkage secret must be at least 16 characters.');
  const o = { ...DEFAULT_ENGINE_OPTIONS, ...options };
  const t0 = performance.now();
  const batch = encodeRecords(records, o.secret, buildNicknameIndex(o.withGeneratorNicknames));
  const encodeMs = performance.now() - t0;
  const result = runLinkage(preparePprl(batch), o);
  result.timings = { encode: encodeMs, ...result.timings, total: performance.now() - t0 };
  return result;
}
