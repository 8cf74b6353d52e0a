/**
 * What the identity subgraph's link store keeps: links that carry their history, and the review
 * queue of record pairs the linker could not decide. Nothing here is an agency record: a link is
 * (hub person id -> system + local id) with how and when it was made; a review candidate carries
 * only the masked fields a reviewer may see (review-field-policy.ts).
 */
import type { LinkMethod } from '../../../adapters/identity/port.js';

/** `active`: in force. `superseded`: replaced by a later link (re-linked). `unmerged`: undone by a reviewer. */
export type LinkStatus = 'active' | 'superseded' | 'unmerged';

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
  /** The row that replaced this one, when superseded or unmerged. */
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

export type CandidateStatus = 'pending' | 'accepted' | 'rejected';

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
