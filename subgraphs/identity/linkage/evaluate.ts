/**
 * Evaluation against known truth: pairwise precision, recall and F1 over record pairs (a pair is
 * predicted when both records are in one cluster, true when both belong to one person), plus the
 * size of each band and how many true pairs fell in it. Only records the engine saw count.
 */
import type { Band, LinkageResult, RecordRef } from './types.js';

export interface Evaluation {
  records: number;
  truePairs: number;
  predictedPairs: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  bands: Record<Band, { pairs: number; truePairs: number }>;
  /** True pairs never compared (lost in blocking). */
  truePairsNotCandidates: number;
}

const key = (r: RecordRef) => `${r.system}\u0000${r.localId}`;
const pairsOf = (k: number) => (k * (k - 1)) / 2;

export function evaluate(result: LinkageResult, truth: ReadonlyMap<string, string> | ((r: RecordRef) => string | undefined)): Evaluation {
  const personOf = typeof truth === 'function' ? truth : (r: RecordRef) => truth.get(key(r));
  const perPerson = new Map<string, number>();
  let predictedPairs = 0;
  let truePositives = 0;
  let records = 0;
  for (const c of result.clusters) {
    predictedPairs += pairsOf(c.records.length);
    const within = new Map<string, number>();
    for (const r of c.records) {
      records++;
      const p = personOf(r) ?? `?${key(r)}`;
      within.set(p, (within.get(p) ?? 0) + 1);
      perPerson.set(p, (perPerson.get(p) ?? 0) + 1);
    }
    for (const k of within.values()) truePositives += pairsOf(k);
  }
  let truePairs = 0;
  for (const k of perPerson.values()) truePairs += pairsOf(k);
  const bands: Evaluation['bands'] = {
    MATCH: { pairs: result.bandCounts.MATCH, truePairs: 0 },
    REVIEW: { pairs: result.bandCounts.REVIEW, truePairs: 0 },
    NON_MATCH: { pairs: result.bandCounts.NON_MATCH, truePairs: 0 },
  };
  let seenTrue = 0;
  for (const p of result.pairs) {
    const a = personOf(p.a);
    if (a !== undefined && a === personOf(p.b)) {
      bands[p.band].truePairs++;
      seenTrue++;
    }
  }
  const precision = predictedPairs ? truePositives / predictedPairs : 1;
  const recall = truePairs ? truePositives / truePairs : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  // Without NON_MATCH pairs kept, true pairs scored as non-matches are counted as lost here.
  return { records, truePairs, predictedPairs, truePositives, precision, recall, f1, bands, truePairsNotCandidates: truePairs - seenTrue };
}

/** Truth lookup from the generator's `identity.links`. */
export function truthFromLinks(links: ReadonlyArray<{ system: string; localId: string; personId: string }>): Map<string, string> {
  return new Map(links.map((l) => [key(l), l.personId]));
}
