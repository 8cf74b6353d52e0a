/** What a policy decides on, and what it answers. */
import type { AgencySystem } from '../../../adapters/port/agency-systems.js';
import type { RequestFacts } from '../security/caller.js';
import type { CaseworkerAssignment } from '../caseworker-assignment.js';
import type { SecurityLabel } from './security-labels.js';

export interface AccessSubject {
  /** The hub person id. */
  personId: string;
  /** The owner's local id for the person, or null when the owner has no record of them. */
  localId: string | null;
  /** Other owners' facts a rule needs, delivered by the planner (e.g. caseworker assignments). */
  caseworkerAssignments?: readonly CaseworkerAssignment[];
}

export interface AccessRequest {
  facts: RequestFacts;
  owner: AgencySystem;
  /** The schema coordinate asked for, e.g. `Person.dvServices`. */
  field: string;
  labels: readonly SecurityLabel[];
  subject: AccessSubject;
  /** The moment the decision is made for (consent periods, expiry). */
  at: Date;
}

/** What must go with a permitted disclosure (HL7 obligation codes name the same idea). */
export type Obligation = 'PART2_NOTICE';

export type AccessDecision =
  | {
      permit: true;
      /** the legal basis, e.g. `Consent/17` or `FERPA 99.31(a)(1)(i)(L)` */
      basis: string;
      /** what the disclosure must carry, e.g. the 42 CFR 2.32 notice */
      obligations?: Obligation[];
    }
  | { permit: false; /** for the audit trail only, never for the caller */ reason: string };

/** One rule per law: decides one label for one request. */
export type AccessRule = (request: AccessRequest) => Promise<AccessDecision>;

export const permit = (basis: string, obligations?: Obligation[]): AccessDecision =>
  obligations?.length ? { permit: true, basis, obligations } : { permit: true, basis };
export const deny = (reason: string): AccessDecision => ({ permit: false, reason });
