/**
 * The consent registry port. One store per data owner's namespace; the policy rules ask it
 * `activeFor` on every request, so revocation takes effect on the next request: a store keeps
 * no cache. Nothing is ever deleted: revoking is a status change recording who, when and why.
 */
import type { AgencySystem } from '../../../adapters/port/agency-systems.js';
import type { Caller, PurposeOfUse } from '../security/caller.js';
import type { ConsentKind, ConsentRecord, DataClass, LocalSubject, NewConsent, StaffRef } from './types.js';

/** Who would receive: matched against a consent's actors (organization, role in organization, or person). */
export interface ConsentRecipient {
  organization: string;
  /** A caller may hold several roles; a role actor matches if any is named. */
  roles: readonly string[];
  /** The caller's subject id, matched against person actors. */
  person?: string;
}

export interface ActiveConsentQuery {
  owner: AgencySystem;
  /** At least one of personId and subject; a consent matches on either. */
  personId?: string;
  subject?: LocalSubject;
  recipient: ConsentRecipient;
  purpose: PurposeOfUse;
  /** Several classes: the consent must cover all of them. */
  dataClass: DataClass | readonly DataClass[];
  at: Date;
}

export interface ConsentListQuery {
  owner?: AgencySystem;
  personId?: string;
  subject?: LocalSubject;
  kind?: ConsentKind;
  /** Default false: only consents in force or still to start (and drafts). True adds revoked, expired and the rest. */
  includeInactive?: boolean;
}

export interface Revocation {
  by: StaffRef;
  /** When the client revoked (an oral revocation takes effect at once and may be written down later); default now. */
  at?: Date;
  reason: string;
}

export interface ConsentStoreHealth {
  ok: boolean;
  /** Where the registry lives (never a password), or what is wrong. */
  detail: string;
}

export interface ConsentStore {
  /** Validates, then stores; throws ConsentRefusedError with the problems when invalid. */
  record(consent: NewConsent): Promise<ConsentRecord>;
  /** Throws ConsentNotFoundError, or ConsentRefusedError when already revoked. */
  revoke(id: string, revocation: Revocation): Promise<ConsentRecord>;
  get(id: string): Promise<ConsentRecord | null>;
  list(query: ConsentListQuery): Promise<ConsentRecord[]>;
  /** The decision input: consents active at `at`, in period, matching recipient, purpose and class. */
  activeFor(query: ActiveConsentQuery): Promise<ConsentRecord[]>;
  health(): Promise<ConsentStoreHealth>;
  close(): Promise<void>;
}

export function recipientOf(caller: Pick<Caller, 'organization' | 'roles' | 'subject'>): ConsentRecipient {
  return { organization: caller.organization, roles: caller.roles, person: caller.subject };
}
