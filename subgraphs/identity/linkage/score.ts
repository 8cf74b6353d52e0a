/**
 * Match weights and bands (Fellegi & Sunter 1969): a pair's weight is the prior log-odds
 * log2(λ / (1 − λ)) plus the sum of its fields' log2(m/u); its probability is 2^w / (1 + 2^w).
 * Bands: MATCH at or above `matchProbability`, REVIEW at or above `reviewProbability` (a clerical
 * reviewer decides), NON_MATCH below. Guards on top of the estimated weights, because
 * conditional independence over-counts evidence that relatives share (surname, ZIP, often sex):
 * a pair is capped at REVIEW
 * - when its given names disagree outright (twins share everything else), unless SSN and birth
 *   date both agree exactly (twins never share an SSN; "Sophia Yang" against "West, Sophia" is one
 *   woman whose names were swapped and whose surname changed);
 * - when both full birth dates are present and disagree beyond the error levels (namesake
 *   siblings, cousins, father and son), unless their SSNs agree;
 * - when one is Jr and the other Sr (or II), unless their SSNs agree;
 * - when both hold an SSN and the two differ beyond a keying error, unless given name, surname and
 *   birth date all agree exactly (two women of one given name and birth date, each with her own
 *   SSN, must not be chained together through records without one).
 * `adjust` adds a per-pair term (the term-frequency adjustment, term-frequency.ts).
 */
import type { Band } from './types.js';
import { NULL_LEVEL } from './types.js';

export interface BandOptions {
  matchProbability: number;
  reviewProbability: number;
}

export const DEFAULT_BANDS: BandOptions = { matchProbability: 0.8, reviewProbability: 0.2 };

export const BAND_CODES: readonly Band[] = ['MATCH', 'REVIEW', 'NON_MATCH'];

export function toLogOdds(p: number): number {
  return Math.log2(p / (1 - p));
}

export function probabilityOf(weight: number): number {
  return 1 / (1 + Math.pow(2, -weight));
}

/**
 * Weight and band code (0 MATCH, 1 REVIEW, 2 NON_MATCH) of every pair; a pair a guard catches is
 * capped at REVIEW and flagged `guarded` (clustering treats it as a cannot-link).
 */
export interface Guard {
  field: number;
  level: number;
  /** The guard does not apply when every one of these fields is at its level (e.g. SSN exact). */
  unless?: ReadonlyArray<{ field: number; level: number }>;
}

export function scorePairs(
  levels: Uint8Array, count: number, F: number, weights: number[][], lambda: number, bands: BandOptions,
  guards: readonly Guard[], adjust?: Float64Array,
): { weight: Float64Array; band: Uint8Array; guarded: Uint8Array } {
  const prior = toLogOdds(lambda);
  const matchW = toLogOdds(bands.matchProbability);
  const reviewW = toLogOdds(bands.reviewProbability);
  const weight = new Float64Array(count);
  const band = new Uint8Array(count);
  const guarded = new Uint8Array(count);
  for (let p = 0; p < count; p++) {
    let w = adjust ? prior + adjust[p] : prior;
    const o = p * F;
    for (let k = 0; k < F; k++) {
      const l = levels[o + k];
      if (l !== NULL_LEVEL) w += weights[k][l];
    }
    weight[p] = w;
    let b = w >= matchW ? 0 : w >= reviewW ? 1 : 2;
    for (const g of guards) {
      if (levels[o + g.field] === g.level && !(g.unless && g.unless.every((u) => levels[o + u.field] === u.level))) {
        guarded[p] = 1;
        if (b === 0) b = 1;
      }
    }
    band[p] = b;
  }
  return { weight, band, guarded };
}
