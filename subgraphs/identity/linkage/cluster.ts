/**
 * Constrained greedy clustering of MATCH pairs, strongest first, recorded in a `ClusterLedger`.
 * Plain transitive closure chains twins and father/son through one ambiguous record; here a merge
 * of clusters A and B is refused when
 * - any record of A and any record of B were compared and scored below `cannotLinkProbability`,
 *   or were caught by a guard (score.ts: given names disagree, birth dates disagree, Jr vs Sr) —
 *   evidence they are different people, a cannot-link constraint; or
 * - A and B both hold a record of the same agency system and that pair is not a strong link
 *   (probability ≥ `sameSystemProbability` AND the mode's `strong` test, e.g. names close and
 *   birth date or SSN exact): an agency rarely registers one person twice, so a second record
 *   from the same system needs more than the usual evidence — namesakes with near birth dates,
 *   twins, and a father and son in one system stay apart.
 * Because merges go strongest first, a DOB-less record between two such people joins the better
 * one and the other merge is refused (it goes to review) instead of chaining all three.
 */
import { ClusterLedger } from './ledger.js';
import { toLogOdds } from './score.js';

export interface ClusterOptions {
  cannotLinkProbability: number;
  sameSystemProbability: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  cannotLinkProbability: 0.01,
  sameSystemProbability: 0.99,
};

export interface ClusterInput {
  n: number;
  systemOf: Uint8Array;
  /** Candidate pairs as i * n + j (i < j), sorted. */
  pairs: Float64Array;
  weight: Float64Array;
  band: Uint8Array;
  /** 1 where a guard caught the pair (a cannot-link). */
  guarded: Uint8Array;
  /** 1 where the pair passes the mode's strong-link test (see above). */
  strong: Uint8Array;
}

export interface ClusterOutcome {
  ledger: ClusterLedger;
  /** Indexes of MATCH pairs merged, strongest first. */
  accepted: number[];
  /** Indexes of MATCH pairs not merged because a constraint refused them (sent to review). */
  refused: number[];
}

export function clusterPairs(input: ClusterInput, options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): ClusterOutcome {
  const { n, systemOf, pairs, weight, band, strong, guarded } = input;
  const cannotW = toLogOdds(options.cannotLinkProbability);
  const strongW = toLogOdds(options.sameSystemProbability);
  const lookup = (a: number, b: number): number => binarySearch(pairs, a < b ? a * n + b : b * n + a);
  const order: number[] = [];
  for (let p = 0; p < pairs.length; p++) if (band[p] === 0) order.push(p);
  order.sort((x, y) => weight[y] - weight[x]);

  const ledger = new ClusterLedger(n);
  const refused: number[] = [];
  const accepted: number[] = [];
  const compatible = (i: number, j: number): boolean => {
    for (const a of ledger.membersOf(ledger.clusterIdOf(i))) {
      for (const b of ledger.membersOf(ledger.clusterIdOf(j))) {
        const k = lookup(a, b);
        if (k >= 0 && (weight[k] < cannotW || guarded[k])) return false;
        if (systemOf[a] === systemOf[b] && (k < 0 || weight[k] < strongW || !strong[k])) return false;
      }
    }
    return true;
  };
  for (const p of order) {
    const i = Math.floor(pairs[p] / n);
    const j = pairs[p] - i * n;
    if (ledger.clusterIdOf(i) === ledger.clusterIdOf(j)) continue;
    if (compatible(i, j)) {
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
