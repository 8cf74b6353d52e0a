/**
 * Constrained greedy clustering of MATCH pairs, strongest first, recorded in a `ClusterLedger`.
 * Plain transitive closure chains twins and father/son through one ambiguous record; here a merge
 * of clusters A and B is refused when
 * - any record of A and any record of B score below `cannotLinkProbability`, or are caught by a
 *   guard (score.ts: given names disagree, birth dates disagree, Jr vs Sr) — evidence they are
 *   different people, a cannot-link constraint; or
 * - A and B both hold a record of the same agency system and that pair's own fields do not carry
 *   it: a second record from one system must be supported by its own fields, not only through a
 *   third record, so namesakes with near birth dates, twins (Long and Logan, Fatima and Virginia
 *   Fatima) and a father and son in one system stay apart. The mode's `sameSystemNames` test
 *   grades the given names (sex must not conflict): close (exact, nickname, close spelling) — the
 *   pair must lean to a match (probability ≥ `sameSystemProbability`); a distant spelling — how
 *   twins' names differ — it must be near certain (≥ `sameSystemDistantProbability`); a middle-name
 *   alias, an initial or different names — never. Re-registrations inside one agency are common at
 *   real intake desks (a new MRN, a re-referral, often under a changed surname), so a pair with
 *   close given names need not be a strong match on its own.
 * Every cross pair is judged on its own fields: a pair blocking never proposed (say, swapped names
 * and a day-month swap) is compared when the merge is considered (`scoreUncompared`), since a
 * pair not compared is no evidence either way.
 * Because merges go strongest first, a DOB-less record between two such people joins the better
 * one and the other merge is refused (it goes to review) instead of chaining all three.
 */
import { ClusterLedger } from './ledger.js';
import { toLogOdds } from './score.js';

export interface ClusterOptions {
  cannotLinkProbability: number;
  sameSystemProbability: number;
  sameSystemDistantProbability: number;
  /**
   * Two records of one system with the same given name (or a nickname) and the same full birth
   * date — never twins, and namesakes born the same day are rare — join on their own pair at
   * `sameSystemIdenticalProbability`. They, and such records with dates a day or a day-month swap
   * apart, also join when their own pair is at least at `sameSystemBridgedProbability` and the link
   * that brings them together is near certain (`sameSystemBridgeProbability`).
   */
  sameSystemIdenticalProbability: number;
  sameSystemBridgedProbability: number;
  sameSystemBridgeProbability: number;
}

// 0.9 rather than 0.5 for close names: on 5,000 people the two give the same F1, on 100,000
// (more namesakes) 0.9 keeps precision 0.5 points higher; a wrong link discloses one client's
// record to another's team, a missed one goes to review.
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  cannotLinkProbability: 0.01,
  sameSystemProbability: 0.9,
  sameSystemDistantProbability: 0.99,
  sameSystemIdenticalProbability: 0.8,
  sameSystemBridgedProbability: 0.2,
  sameSystemBridgeProbability: 0.99,
};

/** How a pair's given names allow two records of one system to join (`sameSystemNames`). */
export const SAME_SYSTEM_NEVER = 0;
export const SAME_SYSTEM_CLOSE = 1;
export const SAME_SYSTEM_DISTANT = 2;
/** Close given names (exact or a nickname) and the same full birth date. */
export const SAME_SYSTEM_IDENTICAL = 3;
/** Close given names (exact or a nickname) and birth dates a day or a day-month swap apart. */
export const SAME_SYSTEM_NEAR_DATE = 4;

/** A pair's weight and whether a guard caught it. */
export interface PairVerdict {
  weight: number;
  guarded: boolean;
  /** The mode's `sameSystemNames` grade (SAME_SYSTEM_*). */
  sameSystemNames: number;
}

export interface ClusterInput {
  n: number;
  systemOf: Uint8Array;
  /** Candidate pairs as i * n + j (i < j), sorted. */
  pairs: Float64Array;
  weight: Float64Array;
  band: Uint8Array;
  /** 1 where a guard caught the pair (a cannot-link). */
  guarded: Uint8Array;
  /** The mode's `sameSystemNames` grade of each pair (SAME_SYSTEM_*). */
  sameSystemNames: Uint8Array;
  /** Scores a pair blocking did not propose (records a < b). */
  scoreUncompared(a: number, b: number): PairVerdict;
}

export interface ClusterOutcome {
  ledger: ClusterLedger;
  /** Indexes of MATCH pairs merged, strongest first. */
  accepted: number[];
  /** Indexes of MATCH pairs not merged because a constraint refused them (sent to review). */
  refused: number[];
}

export function clusterPairs(input: ClusterInput, options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): ClusterOutcome {
  const { n, systemOf, pairs, weight, band, guarded, sameSystemNames } = input;
  const cannotW = toLogOdds(options.cannotLinkProbability);
  // Own-pair threshold per grade: NEVER, CLOSE, DISTANT, IDENTICAL, NEAR_DATE (as close names).
  const sameSystemW = [Infinity, toLogOdds(options.sameSystemProbability), toLogOdds(options.sameSystemDistantProbability), toLogOdds(options.sameSystemIdenticalProbability), toLogOdds(options.sameSystemProbability)];
  const mayBridge = (grade: number) => grade === SAME_SYSTEM_IDENTICAL || grade === SAME_SYSTEM_NEAR_DATE;
  const bridgedW = toLogOdds(options.sameSystemBridgedProbability);
  const bridgeW = toLogOdds(options.sameSystemBridgeProbability);
  const late = new Map<number, PairVerdict>();
  const verdict = (a: number, b: number): PairVerdict => {
    const [i, j] = a < b ? [a, b] : [b, a];
    const k = binarySearch(pairs, i * n + j);
    if (k >= 0) return { weight: weight[k], guarded: guarded[k] === 1, sameSystemNames: sameSystemNames[k] };
    let v = late.get(i * n + j);
    if (!v) late.set(i * n + j, (v = input.scoreUncompared(i, j)));
    return v;
  };
  const order: number[] = [];
  for (let p = 0; p < pairs.length; p++) if (band[p] === 0) order.push(p);
  order.sort((x, y) => weight[y] - weight[x]);

  const ledger = new ClusterLedger(n);
  const refused: number[] = [];
  const accepted: number[] = [];
  const compatible = (i: number, j: number, mergeWeight: number): boolean => {
    for (const a of ledger.membersOf(ledger.clusterIdOf(i))) {
      for (const b of ledger.membersOf(ledger.clusterIdOf(j))) {
        const v = verdict(a, b);
        if (v.weight < cannotW || v.guarded) return false;
        if (systemOf[a] !== systemOf[b] || v.weight >= sameSystemW[v.sameSystemNames]) continue;
        const bridged = mayBridge(v.sameSystemNames) && v.weight >= bridgedW && mergeWeight >= bridgeW;
        if (!bridged) return false;
      }
    }
    return true;
  };
  for (const p of order) {
    const i = Math.floor(pairs[p] / n);
    const j = pairs[p] - i * n;
    if (ledger.clusterIdOf(i) === ledger.clusterIdOf(j)) continue;
    if (compatible(i, j, weight[p])) {
      ledger.merge(i, j, `pair weight ${weight[p].toFixed(2)}`);
      accepted.push(p);
    } else refused.push(p);
  }
  return { ledger, accepted, refused };
}

function binarySearch(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid];
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
