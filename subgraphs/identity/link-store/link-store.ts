/**
 * The identity subgraph's link store port. Every change is written to the identity audit chain in
 * the same transaction as the change ("no audit, no change"): when the audit cannot be written the
 * change is rolled back and the call throws AuditUnavailableError. Nothing is ever deleted: a
 * link that ends keeps its row with its status (`superseded`, `unmerged`, `ended`); only `active`
 * rows are links, and every read below except history() sees only those.
 */
import type { LocalRecordKey } from '../../../adapters/identity/port.js';
import type { CandidateStatus, LinkActor, LinkEnd, NewCandidate, NewLink, ReviewCandidate, StoredLink } from './types.js';

export interface LinkStore {
  /** Active links of each person, oldest first (an unknown person: an empty list). */
  activeLinksByPersonIds(personIds: readonly string[]): Promise<Map<string, StoredLink[]>>;
  /** The active link of each record, or null. */
  activeLinksOf(keys: readonly LocalRecordKey[]): Promise<Array<StoredLink | null>>;
  /** Every active link (linkage:run plans against them). */
  allActiveLinks(): Promise<StoredLink[]>;
  /** Every row ever written for one record, oldest first. */
  history(key: LocalRecordKey): Promise<StoredLink[]>;
  countActiveLinks(): Promise<number>;
  /** Links each record to its person, ending the record's current active link (`superseded`). */
  link(links: readonly NewLink[], actor: LinkActor): Promise<StoredLink[]>;
  /**
   * Undoes a record's current link (`unmerged`): the record goes back to the person its previous
   * link named, or, when it had none, to a new person of its own.
   */
  unmerge(key: LocalRecordKey, actor: LinkActor, reason: string): Promise<StoredLink>;
  /**
   * Ends active links (`ended`: the record left the linkage) and closes the pending review
   * candidates of their records (`closed`), in one audited transaction. A link no longer active
   * (changed since it was read) is skipped. Returns the rows ended and how many candidates closed.
   */
  end(ends: readonly LinkEnd[], actor: LinkActor): Promise<{ ended: StoredLink[]; closedCandidates: number }>;
  /** New hub person ids, never used before (`P-L000001`, ...). */
  mintPersonIds(count: number): Promise<string[]>;

  /** Queues pairs not seen before (in any status); returns those queued. */
  enqueue(candidates: readonly NewCandidate[], actor: LinkActor): Promise<ReviewCandidate[]>;
  /** Pending candidates, strongest first, after the cursor (a candidate id). */
  pendingCandidates(first: number, after: number | null): Promise<{ candidates: ReviewCandidate[]; total: number }>;
  candidate(id: number): Promise<ReviewCandidate | null>;
  /** Records a reviewer's decision; accept also links b to a's person (CLERICAL_REVIEW, confirmed). */
  decide(id: number, decision: Exclude<CandidateStatus, 'pending' | 'closed'>, actor: LinkActor, note: string): Promise<ReviewCandidate>;
  /** Pairs a reviewer rejected: later runs keep them apart. */
  rejectedPairs(): Promise<Array<[LocalRecordKey, LocalRecordKey]>>;

  getMeta(key: string): Promise<string | null>;
  setMeta(key: string, value: string): Promise<void>;
  health(): Promise<{ status: 'up' | 'down'; detail: string }>;
  close(): Promise<void>;
}

/** A decision on a candidate that is not pending, or an id that names none. */
export class ReviewCandidateError extends Error {
  override name = 'ReviewCandidateError';
  constructor(message: string, readonly code: 'NOT_FOUND' | 'ALREADY_DECIDED') {
    super(message);
  }
}
