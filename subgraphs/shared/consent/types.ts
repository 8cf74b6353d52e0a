/**
 * A consent record in the shape of an HL7 FHIR R4 Consent (hl7.org/fhir/R4/consent.html): who it
 * is about, who signed, who may receive, for which purposes and data classes, for how long, and the
 * signed form it stands for. The registry is per data owner: each record names the agency system
 * that holds it, because the law gives the consent to that party (a DV program keeps its clients'
 * VAWA releases, 34 U.S.C. 12291(b)(2); a substance-use program its Part 2 consents, 42 CFR 2.31).
 */
import type { AgencySystem } from '../../../adapters/port/agency-systems.js';
import type { PurposeOfUse } from '../security/caller.js';

/** Which law's form this is; each kind has its own validation rule (validate-<kind>.ts). */
export const CONSENT_KINDS = ['vawa-release', 'part2-consent', 'ferpa-consent', 'hipaa-authorization'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/**
 * Data classes a consent covers, as DS4P security labels (v3-ActCode SUD, PSY, SDV). `EDU` and `SOC`
 * are local codes: v3-ActCode has none for education records or child welfare case data. The same
 * codes the owners' field labels use, so a consent's classes and a field's labels compare directly.
 */
export const DATA_CLASSES = ['SUD', 'PSY', 'SDV', 'EDU', 'SOC'] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

/** FHIR R4 Consent.status. Revocation sets `inactive`; nothing is ever deleted. */
export const FHIR_CONSENT_STATUSES = ['draft', 'proposed', 'active', 'rejected', 'inactive', 'entered-in-error'] as const;
export type FhirConsentStatus = (typeof FHIR_CONSENT_STATUSES)[number];

/** The hub's reading of a record at a given moment (consent-state.ts). Only `active` permits. */
export type ConsentState = 'active' | 'pending' | 'expired' | 'revoked' | 'draft' | 'rejected' | 'entered-in-error';

/**
 * Whose consent the client needs, which decides who must sign (34 U.S.C. 12291(b)(2); 42 CFR 2.14;
 * 34 CFR 99.5). `minor-may-consent-alone`: state law lets this minor receive the service without a
 * parent, so the minor alone may release.
 */
export type SubjectCapacity = 'adult' | 'minor' | 'minor-may-consent-alone' | 'adult-with-guardian';

/** A person who signed the form (FHIR Consent.performer). */
export interface Grantor {
  name: string;
  relationship: 'self' | 'parent' | 'guardian' | 'minor-self';
  isMinor?: boolean;
  /** Set when the program knows this person is the abuser (of the client, or of the minor's other parent). */
  flaggedAbuser?: boolean;
}

/**
 * Who may receive (FHIR Consent.provision.actor). `reference` is an organization id, a hub role
 * (with `organization`: that role in that organization only), or a person's subject id.
 */
export interface ConsentActor {
  kind: 'organization' | 'role' | 'person';
  reference: string;
  display: string;
  /** Required for `role`; optional for `person`. */
  organization?: string;
}

/** The signed form (FHIR Consent.sourceReference), e.g. `DocumentReference/rel-2026-0142`. */
export interface WrittenDocument {
  reference: string;
  contentType: string;
}

/** FHIR dateTime strings: `YYYY-MM-DD` or a full timestamp with offset. A date-only end runs to the end of that day (UTC). */
export interface ConsentPeriod {
  start: string;
  end?: string;
}

/** The local record the consent is about, when there is no hub person id (yet). */
export interface LocalSubject {
  system: AgencySystem;
  localId: string;
}

/** Staff who recorded or revoked, for the audit reader. */
export interface StaffRef {
  subject: string;
  name: string;
}

export interface ConsentRecord {
  id: string;
  /** The agency system that holds the consent (FHIR Consent.organization, the custodian). */
  owner: AgencySystem;
  kind: ConsentKind;
  personId?: string;
  subject?: LocalSubject;
  subjectCapacity?: SubjectCapacity;
  status: FhirConsentStatus;
  grantors: Grantor[];
  actors: ConsentActor[];
  purposes: PurposeOfUse[];
  dataClasses: DataClass[];
  period: ConsentPeriod;
  /** `YYYY-MM-DD`. */
  signedOn: string;
  writtenDocument?: WrittenDocument;
  /** 42 CFR 2.31(a)(6) and 45 CFR 164.508(c)(2)(i): the form tells the client how to revoke. */
  rightToRevokeAcknowledged?: boolean;
  /** 42 CFR 2.31(a)(7): an expiration event instead of (or besides) a date, e.g. "end of treatment". */
  expirationEvent?: string;
  revokedAt?: string;
  revokedBy?: StaffRef;
  revocationReason?: string;
  recordedBy: StaffRef;
  recordedAt: string;
}

/**
 * What `record` takes: a signed form, recorded as `active`; the store assigns id and recordedAt.
 * (No drafts: the registry holds what was signed. A revoked draft would otherwise read as
 * having been in force before its revocation.)
 */
export type NewConsent = Omit<
  ConsentRecord,
  'id' | 'status' | 'recordedAt' | 'revokedAt' | 'revokedBy' | 'revocationReason'
>;
