/**
 * The audit store port. Every data-owning subgraph writes its disclosures here before the data
 * leaves it (HIPAA 45 CFR 164.312(b) audit controls), and the privacy officer reads a person's
 * accounting of disclosures from it (164.528). One SQL implementation serves Postgres and PGlite.
 */
import type { AuditDecision, AuditDisclosure, AuditEntry } from './types.js';

export interface AuditStore {
  /**
   * Appends the entries in order, all or nothing, and returns them as stored (numbered, timed,
   * chained). Throws AuditUnavailableError when they cannot all be written: the caller must then
   * release nothing. An empty list writes nothing and does not touch the database.
   */
  append(entries: readonly AuditDisclosure[]): Promise<AuditEntry[]>;
  /** Re-hashes the whole chain; reports the first entry that was edited, deleted, reordered or inserted. */
  verify(): Promise<AuditVerification>;
  /** A person's (or one agency record's) accounting of disclosures, newest first. */
  disclosuresFor(query: AuditQuery): Promise<AuditEntry[]>;
  health(): Promise<AuditHealth>;
  close(): Promise<void>;
}

export type ChainProblemKind = 'edited' | 'deleted' | 'reordered' | 'inserted';

export interface ChainProblem {
  /** The sequence number where the chain stops being trustworthy. */
  sequence: number;
  kind: ChainProblemKind;
  /** What was found, for the person investigating. */
  detail: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Entries read. */
  entries: number;
  firstProblem?: ChainProblem;
  /** The newest entry: copy it somewhere else to detect a later rewrite or truncation. */
  head?: { sequence: number; hash: string };
}

export interface AuditQuery {
  personId?: string;
  /**
   * With personId: also the entries that name one of these records of the person but no hub id
   * (a child on a caseload is audited by local id only). Entries match by id OR by record.
   */
  alsoRecords?: { system: string; localIds: readonly string[] };
  system?: string;
  localId?: string;
  /** ISO-8601 bounds on recordedAt, both inclusive. */
  from?: string;
  to?: string;
  decision?: AuditDecision;
  /** true: only entries made under a break-glass declaration, for the privacy officer's review. */
  breakGlass?: boolean;
  /** At most this many entries (the newest). */
  limit?: number;
}

export interface AuditHealth {
  status: 'up' | 'down';
  checkedAt: string;
  detail: string;
}

/** The store could not write (or read): whatever the entries describe must not be released. */
export class AuditUnavailableError extends Error {
  readonly code = 'AUDIT_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AuditUnavailableError';
  }
}
