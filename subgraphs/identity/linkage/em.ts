/**
 * Fellegi–Sunter parameters estimated from the data, as Splink does (Fellegi & Sunter 1969;
 * Winkler 1988 for EM; Splink's `estimate_u_using_random_sampling` and
 * `estimate_parameters_using_expectation_maximisation`):
 * - u (P(level | non-match)) from random record pairs, which are almost all non-matches;
 * - m (P(level | match)) and λ (share of matches among candidate pairs) by EM over the blocked
 *   pairs with u held fixed, assuming conditional independence of the fields.
 * As Splink does, m is trained in sessions, each on the pairs of one blocking pass with the
 * fields of its blocking rule left out of the likelihood (those pairs agree on them whether they
 * match or not): a birth-date session trains the name fields' m, a name session trains the birth
 * date's. λ for the full candidate set is then estimated with m and u held fixed.
 * EM runs over distinct comparison patterns with their counts, so it costs nothing per pair.
 */
import { type FieldSpec, NULL_LEVEL } from './types.js';

export interface FsParameters {
  lambda: number;
  /** m[field][level], u[field][level]. */
  m: number[][];
  u: number[][];
  iterations: number;
}

/** u per field and level from the levels of random pairs (Laplace-smoothed). */
export function estimateU(fields: readonly FieldSpec[], levels: Uint8Array, count: number): number[][] {
  const F = fields.length;
  return fields.map((f, k) => {
    const c = new Array(f.levels.length).fill(0.5);
    for (let p = 0; p < count; p++) {
      const l = levels[p * F + k];
      if (l !== NULL_LEVEL) c[l]++;
    }
    const total = c.reduce((s, x) => s + x, 0);
    return c.map((x) => x / total);
  });
}

const PRIOR_STRENGTH = 5;

interface Pattern {
  levels: number[];
  count: number;
}

function patterns(F: number, levels: Uint8Array, count: number): Pattern[] {
  const map = new Map<string, Pattern>();
  for (let p = 0; p < count; p++) {
    const row = levels.subarray(p * F, p * F + F);
    const key = String.fromCharCode(...row);
    const hit = map.get(key);
    if (hit) hit.count++;
    else map.set(key, { levels: Array.from(row), count: 1 });
  }
  return [...map.values()];
}

export function estimateMByEm(
  fields: readonly FieldSpec[],
  u: number[][],
  levels: Uint8Array,
  count: number,
  options: { maxIterations?: number; tolerance?: number; exclude?: ReadonlySet<number>; fixedM?: number[][]; lambda?: number } = {},
): FsParameters {
  const F = fields.length;
  const pats = patterns(F, levels, count);
  const exclude = options.exclude ?? new Set<number>();
  const fixed = options.fixedM;
  // Start: matches mostly agree exactly; λ a guess.
  let m = fixed ?? fields.map((f) => f.levels.map((_, l) => (l === 0 ? 0.8 : 0.2 / (f.levels.length - 1))));
  let lambda = options.lambda ?? 0.1;
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-7;
  let it = 0;
  for (; it < maxIterations; it++) {
    const mc = fields.map((f) => new Array(f.levels.length).fill(1e-6));
    let matchMass = 0;
    let total = 0;
    for (const p of pats) {
      let lm = Math.log(lambda);
      let lu = Math.log(1 - lambda);
      for (let k = 0; k < F; k++) {
        const l = p.levels[k];
        if (l === NULL_LEVEL || exclude.has(k)) continue;
        lm += Math.log(m[k][l]);
        lu += Math.log(u[k][l]);
      }
      const post = 1 / (1 + Math.exp(lu - lm));
      const w = post * p.count;
      matchMass += w;
      total += p.count;
      for (let k = 0; k < F; k++) {
        const l = p.levels[k];
        if (l !== NULL_LEVEL) mc[k][l] += w;
      }
    }
    // A weak Dirichlet prior centred on u: a level no match was seen at gets a strongly negative
    // but finite weight, and a level with no data at all stays neutral.
    const next = fixed ?? mc.map((c, k) => {
      if (exclude.has(k)) return m[k];
      const s = c.reduce((a, b) => a + b, 0);
      return c.map((x, l) => (x + PRIOR_STRENGTH * u[k][l]) / (s + PRIOR_STRENGTH));
    });
    const nextLambda = Math.min(0.999, Math.max(1e-9, matchMass / total));
    let delta = Math.abs(nextLambda - lambda);
    for (let k = 0; k < F; k++) for (let l = 0; l < next[k].length; l++) delta = Math.max(delta, Math.abs(next[k][l] - m[k][l]));
    m = next;
    lambda = nextLambda;
    if (delta < tolerance) break;
  }
  return { lambda, m, u, iterations: it + 1 };
}

/** Per-field, per-level match weights log2(m/u). */
export function levelWeights(params: FsParameters): number[][] {
  return params.m.map((row, k) => row.map((mv, l) => Math.log2(mv / params.u[k][l])));
}
