/**
 * What the identity subgraph's link store keeps: links that carry their history, and the review
 * queue of record pairs the linker could not decide. Nothing here is an agency record: a link is
 * (hub person id -> system + local id) with how and when it was made; a review candidate carries
 * only the masked fields a reviewer may see (review-field-policy.ts).
 */
import type { LinkMethod } from '../../../adapters/identity/port.js';

/**
 * `active`: in force. `superseded`: replaced by a later link (re-linked). `unmerged`: undone by a
 * reviewer. `ended`: the record left the linkage (gone from its source, or a DV client no longer
 * released for linkage); nothing replaced it, and every reader treats it as no link at all.
 */
export type LinkStatus = 'active' | 'superseded' | 'unmerged' | 'ended';

/** One link row. Rows are never deleted or re-pointed: a change ends a row and adds a new one. */
export interface StoredLink {
  linkId: number;
  personId: string;
  system: string;
  localId: string;
  method: LinkMethod;
  /** Match confidence in [0, 1]. */
  score: number;
  /** The linker's band for the pair that made the link (`MATCH`, `REVIEW`), or null (seeded, restored). */
  band: string | null;
  createdAt: string;
  /** `linkage:run <run id>`, a reviewer's subject id, or `seed`. */
  createdBy: string;
  confirmedBy: string | null;
  confirmedAt: string | null;
  status: LinkStatus;
  endedAt: string | null;
  endedBy: string | null;
  endReason: string | null;
  /** The row that replaced this one, when superseded or unmerged (never for `ended`). */
  replacedBy: number | null;
}

/** Who makes a change, as the audit chain records it. */
export interface LinkActor {
  subject: string;
  name: string;
  organization: string;
  roles: string[];
  /** The request or run the change belongs to (audit `requestId`). */
  requestId: string;
}

/** A link to create: the record joins `personId` (ending its current active link, if any). */
export interface NewLink {
  personId: string;
  system: string;
  localId: string;
  method: LinkMethod;
  score: number;
  band: string | null;
  /** ISO time; default the database's clock. Seeding keeps the demo data's own dates. */
  createdAt?: string;
  /** Set for links a person confirmed (accepted review candidates). */
  confirmed?: boolean;
  /** Why, for the audit reader, e.g. `cluster L-12 p=0.9987`. */
  reason: string;
}

/** An active link to end: by its row id, so a link changed since the caller read it is left alone. */
export interface LinkEnd {
  linkId: number;
  /** Kept as the row's end reason and in the audit entry; for a DV record a generic reason only. */
  reason: string;
}

/** The fields of one record as a reviewer may see them (review-field-policy.ts). */
export interface MaskedDemographics {
  firstName: string | null;
  middleName: string | null;
  lastName: string | null;
  suffix: string | null;
  birthYear: number | null;
  sex: string | null;
  zip: string | null;
  ssnLast4: string | null;
}

export interface ReviewSide {
  system: string;
  localId: string;
  fields: MaskedDemographics;
}

/**
 * `closed`: no longer offered because a record of the pair lost its link (ended) before anyone
 * decided; not a decision, so a later run may queue the pair again if the record comes back.
 */
export type CandidateStatus = 'pending' | 'accepted' | 'rejected' | 'closed';

export interface ReviewCandidate {
  candidateId: number;
  a: ReviewSide;
  b: ReviewSide;
  probability: number;
  weight: number;
  /** Field name -> comparison level (`exact`, `nickname`, ...; null when a side lacks the field). */
  levels: Record<string, string | null>;
  status: CandidateStatus;
  queuedAt: string;
  queuedBy: string;
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
}

export interface NewCandidate {
  a: ReviewSide;
  b: ReviewSide;
  probability: number;
  weight: number;
  levels: Record<string, string | null>;
}
