/**
 * What the hub records about every disclosure and every denial of a person's data.
 *
 * HIPAA 45 CFR 164.528 gives an individual the right to an accounting of disclosures (date,
 * recipient, what was disclosed, purpose); 164.312(b) requires audit controls that record
 * activity in systems holding health information. 42 CFR Part 2 and VAWA programs need the same
 * facts to show that each release rested on a consent or release. One entry answers all three:
 * who asked, for whom and why, which person and record, which labelled fields, and on what basis.
 */
import type { PurposeOfUse, Role } from '../security/caller.js';

export type AuditDecision = 'PERMIT' | 'DENY';

/** The person who asked, as the gateway vouched for them. */
export interface AuditActor {
  subject: string;
  name: string;
  organization: string;
  roles: Role[];
}

/** What a subgraph records: one decision about one agency record in one request. */
export interface AuditDisclosure {
  /** The federated request's id, tying together the entries every subgraph wrote for it. */
  requestId: string;
  /** The data owner writing the entry (the subgraph that released or refused). */
  subgraph: string;
  actor: AuditActor;
  purposeOfUse: PurposeOfUse;
  /** Present when an emergency override was in force; the privacy officer reviews every one. */
  breakGlass?: { reason: string; expiresAt: string };
  /** Hub person id; null when only the agency's local record is known. */
  personId: string | null;
  /** The agency system holding the record, and its id there. */
  system: string;
  localId: string;
  decision: AuditDecision;
  /** Security labels (DS4P: SUD, SDV, EDU, PSY, SOC, ...) of the data released or refused. */
  labels: string[];
  /** Schema coordinates released or refused, e.g. `BehavioralHealthRecord.substanceUseConditions`. */
  fields: string[];
  /** The consent (`Consent/123`), statute (`FERPA 99.31(a)(1)(i)(L)`) or purpose relied on; for a
   *  denial, the rule that refused. */
  legalBasis: string;
}

/** A disclosure as stored: numbered, timed and chained to the entry before it. */
export interface AuditEntry extends AuditDisclosure {
  /** 1, 2, 3, ... with no gaps: a gap is a deleted entry. Assigned by the store. */
  sequence: number;
  /** ISO-8601 time (UTC, milliseconds), from the database's clock, so replicas agree. */
  recordedAt: string;
  /** The previous entry's hash, or GENESIS_HASH for the first entry. */
  prevHash: string;
  /** SHA-256 (hex) of this entry's canonical form, prevHash included. */
  hash: string;
}

/** The prevHash of entry 1. */
export const GENESIS_HASH = '0'.repeat(64);
