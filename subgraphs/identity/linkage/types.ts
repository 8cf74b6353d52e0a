import type { BlockingStats } from './blocking.js';

/**
 * Shared shapes of the linkage engine: a normalised record, the comparison fields and levels,
 * the scored pairs and the result.
 */

export interface NormRecord {
  index: number;
  system: string;
  systemIndex: number;
  localId: string;
  /** Folded given name without spaces; '' when missing. */
  firstKey: string;
  /** First word of the given name ('' when missing or only an initial). */
  first: string;
  firstInitial: string;
  middle: string;
  lastKey: string;
  lastParts: string[];
  lastInitial: string;
  suffix: string;
  /** Birth date parts, 0 when missing. */
  year: number;
  month: number;
  day: number;
  /** Days since 1970-01-01; NaN when missing. */
  dayNumber: number;
  /** HMIS DOB quality 2: only the year (and perhaps month) is reliable. */
  dobApproximate: boolean;
  /** Day numbers one slip away from the birth date (normalise.ts `slipDaysOf`); empty without one. */
  slipDays: number[];
  /** 0 unknown, 1 female, 2 male. */
  sex: number;
  ssn: string;
  zip: string;
}

/** One comparison: a field compared at ordered levels (0 = best agreement). */
export interface FieldSpec {
  name: string;
  levels: readonly string[];
}

/** Level code of a comparison where either side is missing: it adds no evidence. */
export const NULL_LEVEL = 255;

export type Band = 'MATCH' | 'REVIEW' | 'NON_MATCH';

export interface RecordRef {
  system: string;
  localId: string;
}

export interface ScoredPair {
  a: RecordRef;
  b: RecordRef;
  /** Fellegi–Sunter match weight, log2 of the likelihood ratio plus the prior odds. */
  weight: number;
  probability: number;
  band: Band;
  levels: Record<string, string | null>;
}

export interface Cluster {
  clusterId: string;
  records: RecordRef[];
  /** The weakest accepted link inside the cluster (1 for a singleton). */
  minProbability: number;
}

export interface FieldParameters {
  field: string;
  levels: Array<{ level: string; m: number; u: number; weight: number }>;
}

export interface LinkageResult {
  mode: 'plaintext' | 'pprl';
  recordCount: number;
  clusters: Cluster[];
  /** Every scored candidate pair with its band (review and match always; non-matches only if asked). */
  pairs: ScoredPair[];
  bandCounts: Record<Band, number>;
  /** `lambda`: the prior, the probability that two random records match (prior.ts). */
  parameters: { lambda: number; fields: FieldParameters[]; emIterations: number };
  timings: Record<string, number>;
  blocking: BlockingStats[];
}
