/**
 * The linkage pipeline, the same for plaintext and privacy-preserving mode: blocking → field
 * comparisons → u from random pairs → m and λ by EM → weights and bands → constrained
 * clustering. A mode supplies a `PreparedInput`: block keys and a comparator over its own
 * representation of the records (plaintext fields, or Bloom filters).
 */
import type { DemographicRecord } from '../../../adapters/port/demographics.js';
import { candidatePairs } from './blocking.js';
import { blockingKeys, PASS_NAMES } from './blocking-keys.js';
import { clusterPairs, type ClusterOptions, DEFAULT_CLUSTER_OPTIONS, SAME_SYSTEM_CLOSE, SAME_SYSTEM_DISTANT, SAME_SYSTEM_IDENTICAL, SAME_SYSTEM_NEAR_DATE, SAME_SYSTEM_NEVER } from './cluster.js';
import { givenNameTest } from './name-roles.js';
import { comparePlaintext, DOB_DIFFERENT, GIVEN_DIFFERENT, PLAINTEXT_FIELDS } from './compare.js';
import { estimateMByEm, estimateU, type FsParameters, levelWeights } from './em.js';
import { buildNicknameIndex } from './nicknames.js';
import { normaliseRecord } from './normalise.js';
import { randomMatchProbability } from './prior.js';
import { frequenciesOf, type TermFrequency, tfAdjustments } from './term-frequency.js';
import { type BandOptions, type Guard, BAND_CODES, DEFAULT_BANDS, probabilityOf, scorePairs } from './score.js';
import type { Cluster, FieldSpec, LinkageResult, RecordRef, ScoredPair } from './types.js';
import { NULL_LEVEL } from './types.js';

export interface EngineOptions {
  bands: BandOptions;
  cluster: ClusterOptions;
  /** Blocks larger than this are skipped in that pass. */
  maxBlockSize: number;
  /** Random pairs used to estimate u. */
  uSampleSize: number;
  seed: number;
  /** Also use the synthetic generator's nickname table (see nicknames.ts on overfitting). */
  withGeneratorNicknames: boolean;
  /** Most pairs per EM training session (an even sample beyond it). */
  trainingPairLimit: number;
  /** Keep NON_MATCH pairs in `result.pairs` (large). */
  keepNonMatchPairs: boolean;
  /** Recall assumed for the deterministic rule that sets the prior (prior.ts). */
  assumedRecall: number;
  /** Term-frequency adjustment of exact name agreements (term-frequency.ts). */
  termFrequencyAdjustment: boolean;
  onProgress?: (stage: string, done: number, total: number) => void;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  bands: DEFAULT_BANDS,
  cluster: DEFAULT_CLUSTER_OPTIONS,
  maxBlockSize: 100,
  uSampleSize: 100_000,
  seed: 1969,
  withGeneratorNicknames: true,
  trainingPairLimit: 200_000,
  keepNonMatchPairs: false,
  termFrequencyAdjustment: true,
  assumedRecall: 0.8,
};

export interface PreparedInput {
  mode: LinkageResult['mode'];
  refs: RecordRef[];
  systemOf: Uint8Array;
  passes: Array<{ name: string; keys: string[][] }>;
  fields: readonly FieldSpec[];
  compare(i: number, j: number, out: Uint8Array, offset: number): void;
  /** Field levels at which a pair is capped at REVIEW (see score.ts). */
  guards: Guard[];
  /** How the given names let two records of one system join (cluster.ts, SAME_SYSTEM_*). */
  sameSystemNames(levels: Uint8Array, offset: number): number;
  /** Exact levels whose u comes from the agreed value's frequency (term-frequency.ts). */
  termFrequencies?: TermFrequency[];
}

/**
 * The `sameSystemNames` grade of both modes, whose levels share codes: given 0 exact, 1 nickname,
 * 3 a close spelling (JW ≥ 0.92, Dice ≥ 0.75), 4 a distant one (JW ≥ 0.80, Dice ≥ 0.45); middle
 * (field 2) 2 = different; sex (field 5) 1 = disagree. Two middle names that both are recorded
 * and differ mark siblings in one system (twins "María José" and "María Fernanda"), never one
 * person registered twice.
 */
export function gradeSameSystemNames(levels: Uint8Array, offset: number): number {
  if (levels[offset + 5] === 1 || levels[offset + 2] === 2) return SAME_SYSTEM_NEVER;
  const given = levels[offset];
  const birthDate = levels[offset + 3];
  if (given <= 1 && birthDate === 0) return SAME_SYSTEM_IDENTICAL;
  if (given <= 1 && (birthDate === 1 || birthDate === 2)) return SAME_SYSTEM_NEAR_DATE;
  return given <= 1 || given === 3 ? SAME_SYSTEM_CLOSE : given === 4 ? SAME_SYSTEM_DISTANT : SAME_SYSTEM_NEVER;
}

export function systemIndexer(): (system: string) => number {
  const ids = new Map<string, number>();
  return (s) => {
    let v = ids.get(s);
    if (v === undefined) ids.set(s, (v = ids.size));
    return v;
  };
}

/** Plaintext mode: normalise, block and compare the records' own fields. */
export function preparePlaintext(records: readonly DemographicRecord[], options: Partial<EngineOptions> = {}): PreparedInput {
  const o = { ...DEFAULT_ENGINE_OPTIONS, ...options };
  const nick = buildNicknameIndex(o.withGeneratorNicknames);
  const sys = systemIndexer();
  const norm = records.map((r, i) => normaliseRecord(r, i, sys(r.system)));
  const keys = norm.map((r) => blockingKeys(r, nick));
  const givenNames = norm.map((r) => r.first);
  const surnames = norm.map((r) => r.lastKey);
  const isGivenName = givenNameTest(givenNames, surnames);
  return {
    mode: 'plaintext',
    refs: records.map((r) => ({ system: r.system, localId: r.localId })),
    systemOf: Uint8Array.from(norm, (r) => r.systemIndex),
    passes: PASS_NAMES.map((name, k) => ({ name, keys: keys.map((ks) => ks[k]) })),
    fields: PLAINTEXT_FIELDS,
    compare: (i, j, out, offset) => comparePlaintext(norm[i], norm[j], nick, out, offset, isGivenName),
    guards: [
      { field: 0, level: GIVEN_DIFFERENT, unless: [{ field: 3, level: 0 }, { field: 4, level: 0 }] },
      { field: 3, level: DOB_DIFFERENT, unless: [{ field: 4, level: 0 }] },
      { field: 7, level: 1, unless: [{ field: 4, level: 0 }] },
      { field: 4, level: 2, unless: [{ field: 0, level: 0 }, { field: 1, level: 0 }, { field: 3, level: 0 }] },
    ],
    sameSystemNames: gradeSameSystemNames,
    termFrequencies: [
      { field: 0, level: 0, frequency: frequenciesOf(givenNames) },
      { field: 1, level: 0, frequency: frequenciesOf(surnames) },
      { field: 2, level: 0, frequency: frequenciesOf(norm.map((r) => r.middle)) },
    ],
  };
}

export function linkPlaintext(records: readonly DemographicRecord[], options: Partial<EngineOptions> = {}): LinkageResult {
  const t0 = performance.now();
  const prepared = preparePlaintext(records, options);
  const result = runLinkage(prepared, options);
  result.timings = { prepare: performance.now() - t0 - result.timings.total, ...result.timings };
  result.timings.total = performance.now() - t0;
  return result;
}

function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    let t = (s = (s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Splink-style training sessions: the pass whose pairs train m, the fields it blocks on, and the
 * largest block it trains on. The name session keeps only small blocks (rare full names): in a
 * block of "John Smith"s most pairs are namesakes, and EM with the few fields left cannot tell
 * them from matches (it learned m(DOB exact) ≈ 0.2 from them). The SSN session gives the birth
 * date's error levels where SSNs are held; the rare-name session where they are not.
 */
export const TRAINING_SESSIONS = [
  { pass: 'dob', exclude: ['birthDate'], maxBlockSize: Infinity },
  { pass: 'ssn', exclude: ['ssn'], maxBlockSize: Infinity },
  { pass: 'surname+given', exclude: ['given', 'surname'], maxBlockSize: 8 },
] as const;

function trainParameters(input: PreparedInput, u: number[][], levels: Uint8Array, P: number, o: EngineOptions): FsParameters {
  const n = input.refs.length;
  const F = input.fields.length;
  const sessions = TRAINING_SESSIONS.map((s) => {
    const pass = input.passes.find((p) => p.name === s.pass);
    if (!pass) throw new Error(`training pass ${s.pass} missing`);
    const { pairs } = candidatePairs(n, [pass], Math.min(o.maxBlockSize, s.maxBlockSize));
    const count = Math.min(pairs.length, o.trainingPairLimit);
    const stride = pairs.length / Math.max(1, count);
    const lv = new Uint8Array(count * F);
    for (let c = 0; c < count; c++) {
      const code = pairs[Math.floor(c * stride)];
      const i = Math.floor(code / n);
      input.compare(i, code - i * n, lv, c * F);
    }
    const exclude = new Set(s.exclude.map((name) => input.fields.findIndex((f) => f.name === name)));
    const params = estimateMByEm(input.fields, u, lv, count, { exclude });
    // The session's weight: how many matches it saw. A session with no pairs (no SSNs held, say)
    // must not pull m towards its untrained starting point.
    const matches = count > 0 && Number.isFinite(params.lambda) ? params.lambda * count : 0;
    return { exclude, params, matches };
  });
  // Each field's m: the mean over the sessions that trained it, weighted by their matches.
  const m = input.fields.map((f, k) => {
    const trained = sessions.filter((s) => !s.exclude.has(k) && s.matches > 0);
    const total = trained.reduce((sum, s) => sum + s.matches, 0);
    if (total === 0) return f.levels.map((_, l) => (l === 0 ? 0.8 : 0.2 / (f.levels.length - 1)));
    return f.levels.map((_, l) => trained.reduce((sum, s) => sum + s.matches * s.params.m[k][l], 0) / total);
  });
  const lambda = randomMatchProbability(levels, P, F, n, o.assumedRecall);
  return { lambda, m, u, iterations: sessions.reduce((s, x) => s + x.params.iterations, 0) };
}

export function runLinkage(input: PreparedInput, options: Partial<EngineOptions> = {}): LinkageResult {
  const o = { ...DEFAULT_ENGINE_OPTIONS, ...options };
  const progress = o.onProgress ?? (() => {});
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  let t = t0;
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = now - t;
    t = now;
  };
  const n = input.refs.length;
  const F = input.fields.length;

  const { pairs, stats } = candidatePairs(n, input.passes, o.maxBlockSize);
  lap('blocking');
  const P = pairs.length;
  const levels = new Uint8Array(P * F);
  const step = Math.max(1, Math.floor(P / 100));
  for (let p = 0; p < P; p++) {
    const i = Math.floor(pairs[p] / n);
    input.compare(i, pairs[p] - i * n, levels, p * F);
    if (p % step === 0) progress('compare', p, P);
  }
  progress('compare', P, P);
  lap('compare');

  const rand = mulberry32(o.seed);
  const R = n < 2 ? 0 : Math.min(o.uSampleSize, (n * (n - 1)) / 2);
  const uLevels = new Uint8Array(R * F);
  for (let r = 0; r < R; r++) {
    const i = Math.floor(rand() * n);
    let j = Math.floor(rand() * (n - 1));
    if (j >= i) j++;
    input.compare(i, j, uLevels, r * F);
  }
  const u = estimateU(input.fields, uLevels, R);
  const params = trainParameters(input, u, levels, P, o);
  const weights = levelWeights(params);
  lap('estimate');

  const adjust = o.termFrequencyAdjustment ? tfAdjustments(pairs, n, levels, F, params.u, input.termFrequencies ?? []) : undefined;
  const { weight, band, guarded } = scorePairs(levels, P, F, weights, params.lambda, o.bands, input.guards, adjust);
  lap('score');
  // A pair blocking did not propose is scored like every other when clustering needs it.
  const sameSystemNames = new Uint8Array(P);
  for (let p = 0; p < P; p++) sameSystemNames[p] = input.sameSystemNames(levels, p * F);
  const one = new Uint8Array(F);
  const scoreUncompared = (i: number, j: number) => {
    input.compare(i, j, one, 0);
    const tf = o.termFrequencyAdjustment ? tfAdjustments(Float64Array.of(i * n + j), n, one, F, params.u, input.termFrequencies ?? []) : undefined;
    const scored = scorePairs(one, 1, F, weights, params.lambda, o.bands, input.guards, tf);
    return { weight: scored.weight[0], guarded: scored.guarded[0] === 1, sameSystemNames: input.sameSystemNames(one, 0) };
  };
  const { ledger, accepted, refused } = clusterPairs({ n, systemOf: input.systemOf, pairs, weight, band, guarded, sameSystemNames, scoreUncompared }, o.cluster);
  for (const p of refused) band[p] = 1;
  lap('cluster');

  const minW = new Map<number, number>();
  for (const p of accepted) {
    const c = ledger.clusterIdOf(Math.floor(pairs[p] / n));
    minW.set(c, Math.min(minW.get(c) ?? Infinity, weight[p]));
  }
  const clusters: Cluster[] = [];
  for (const [id, members] of ledger.clusters()) {
    clusters.push({
      clusterId: `L-${id}`,
      records: members.map((m) => input.refs[m]),
      minProbability: minW.has(id) ? probabilityOf(minW.get(id)!) : 1,
    });
  }
  const bandCounts = { MATCH: 0, REVIEW: 0, NON_MATCH: 0 };
  const out: ScoredPair[] = [];
  for (let p = 0; p < P; p++) {
    const b = BAND_CODES[band[p]];
    bandCounts[b]++;
    if (b === 'NON_MATCH' && !o.keepNonMatchPairs) continue;
    const i = Math.floor(pairs[p] / n);
    const j = pairs[p] - i * n;
    const lv: Record<string, string | null> = {};
    input.fields.forEach((f, k) => {
      const l = levels[p * F + k];
      lv[f.name] = l === NULL_LEVEL ? null : f.levels[l];
    });
    out.push({ a: input.refs[i], b: input.refs[j], weight: weight[p], probability: probabilityOf(weight[p]), band: b, levels: lv });
  }
  lap('output');
  timings.total = performance.now() - t0;
  return {
    mode: input.mode,
    recordCount: n,
    clusters,
    pairs: out,
    bandCounts,
    parameters: {
      lambda: params.lambda,
      emIterations: params.iterations,
      fields: input.fields.map((f, k) => ({
        field: f.name,
        levels: f.levels.map((level, l) => ({ level, m: params.m[k][l], u: params.u[k][l], weight: weights[k][l] })),
      })),
    },
    timings,
    blocking: stats,
  };
}
