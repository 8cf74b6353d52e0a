/**
 * Term-frequency adjustment, as Splink does it (`term_frequency_adjustments=True` on an exact
 * level): the u of an exact agreement is not the field's average u but the frequency of the
 * agreed value itself, because two unrelated people share "Maria Garcia" far more often than they
 * share a rare name. Each pair agreeing exactly on such a field gets, on top of the level's
 * weight log2(m/u), the adjustment log2(u_level / f_value), where f_value is the share of records
 * holding that value (Winkler 1989 "frequency-based matching"; Splink's tf_adjustment column).
 * The adjustment is positive for rare values and negative for common ones. `minFrequency` is
 * Splink's `tf_minimum_u_value`: a value seen once cannot claim unbounded evidence.
 */
import { NULL_LEVEL } from './types.js';

export interface TermFrequency {
  /** Field and the (exact) level the adjustment applies to. */
  field: number;
  level: number;
  /** Per record: the share of records that hold its value (NaN when it has none). */
  frequency: Float64Array;
}

/** Per record, the share of the records with a value that hold the same value. */
export function frequenciesOf(values: ReadonlyArray<string>): Float64Array {
  const counts = new Map<string, number>();
  let present = 0;
  for (const v of values) {
    if (!v) continue;
    present++;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return Float64Array.from(values, (v) => (v ? counts.get(v)! / present : NaN));
}

export const DEFAULT_MIN_FREQUENCY = 1e-4;

/** The adjustment log2(u_level / f) of every pair, 0 where no term-frequency level applies. */
export function tfAdjustments(
  pairs: Float64Array, n: number, levels: Uint8Array, F: number, u: number[][],
  tfs: readonly TermFrequency[], minFrequency = DEFAULT_MIN_FREQUENCY,
): Float64Array {
  const out = new Float64Array(pairs.length);
  if (tfs.length === 0) return out;
  for (let p = 0; p < pairs.length; p++) {
    const i = Math.floor(pairs[p] / n);
    const j = pairs[p] - i * n;
    let a = 0;
    for (const t of tfs) {
      const l = levels[p * F + t.field];
      if (l !== t.level || l === NULL_LEVEL) continue;
      // The pair agrees on the value; the more frequent of the two spellings is the safe choice.
      const f = Math.max(t.frequency[i], t.frequency[j]);
      if (Number.isNaN(f)) continue;
      a += Math.log2(u[t.field][l] / Math.max(f, minFrequency));
    }
    out[p] = a;
  }
  return out;
}
