/**
 * The identity port: the link store. It holds only links (hub person id -> an agency's local id),
 * never the agency records themselves.
 */
import type { AdapterBase, BatchResult } from '../port/batch-contract.js';

/** How a link was made. */
export type LinkMethod = 'DETERMINISTIC' | 'PROBABILISTIC' | 'PPRL' | 'CLERICAL_REVIEW' | 'SEEDED';

export interface AgencyLink {
  /** The agency system, e.g. `child-welfare`; matches that adapter's `capabilities.sourceSystem`. */
  system: string;
  localId: string;
  method: LinkMethod;
  /** Match confidence in [0, 1]. */
  score: number;
  /** ISO-8601 date-time the link was made. */
  linkedAt: string;
  /** Who confirmed the link (a reviewer's subject id), when a person did; absent or null otherwise. */
  confirmedBy?: string | null;
  /** When it was confirmed. */
  confirmedAt?: string | null;
}

export interface LocalRecordKey {
  system: string;
  localId: string;
}

export interface IdentityAdapter extends AdapterBase {
  /** Every link of each person; `null` for an unknown person id. */
  linksByPersonIds(personIds: readonly string[]): Promise<BatchResult<AgencyLink[]>>;
  /** The hub person id each agency record is linked to; `null` when it is linked to none. */
  personIdsByLocalRecords(keys: readonly LocalRecordKey[]): Promise<BatchResult<string>>;
}
