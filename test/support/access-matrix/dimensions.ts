/**
 * The axes of the access matrix and the fixed facts each label brings: which owner holds it,
 * which field carries it, which kind of consent (if any) the owner keeps for it, and which
 * organization a consent on file names. The values are the hub's own vocabulary (roles and
 * purposes from caller.ts, DS4P labels), so a case reads like an audit entry.
 */
import type { AgencySystem } from '../../../adapters/port/agency-systems.js';
import type { ConsentKind } from '../../../subgraphs/shared/consent/types.js';
import { ROLES, type PurposeOfUse, type Role } from '../../../subgraphs/shared/security/caller.js';

export const MATRIX_ROLES: readonly Role[] = ROLES;

/** Relative to the label's owner: its own staff, the organization a consent names, or neither. */
export const ORG_KINDS = ['own', 'recipient', 'unrelated'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const CONSENT_STATES = [
  'none',
  'active',
  'expired',
  'revoked',
  'wrong-purpose',
  'wrong-recipient',
  'abuser-signed',
  'minor-without-parent',
] as const;
export type ConsentStateUnderTest = (typeof CONSENT_STATES)[number];

/** Treatment, coordination of care, operations: the purposes the hub's callers carry day to day. */
export const MATRIX_PURPOSES = ['TREAT', 'COC', 'HOPERAT'] as const satisfies readonly PurposeOfUse[];
export type MatrixPurpose = (typeof MATRIX_PURPOSES)[number];

export const MATRIX_LABELS = ['SDV', 'SUD', 'PSY', 'EDU', 'SOC'] as const;
export type MatrixLabel = (typeof MATRIX_LABELS)[number];

export interface LabelSetting {
  owner: AgencySystem;
  /** The schema coordinate that carries the label. */
  field: string;
  /** The form the owner keeps for this label; null: the owner keeps none (nothing leaves). */
  consentKind: ConsentKind | null;
  /** The organization a consent on file names (the "recipient" org of the matrix). */
  recipient: string;
}

export const LABEL_SETTINGS: Record<MatrixLabel, LabelSetting> = {
  SDV: { owner: 'dv-shelter', field: 'Person.dvServices', consentKind: 'vawa-release', recipient: 'county-child-welfare' },
  SUD: { owner: 'behavioral-health', field: 'BehavioralHealthRecord.substanceUseConditions', consentKind: 'part2-consent', recipient: 'county-child-welfare' },
  PSY: { owner: 'behavioral-health', field: 'Person.behavioralHealth', consentKind: 'hipaa-authorization', recipient: 'county-child-welfare' },
  EDU: { owner: 'schools', field: 'Person.education', consentKind: 'ferpa-consent', recipient: 'county-child-welfare' },
  // Child welfare keeps no consents; the "recipient" is the partner that would receive if it did.
  SOC: { owner: 'child-welfare', field: 'Person.childWelfare', consentKind: null, recipient: 'juniper-family-counseling' },
};

/** Holds no records and is named by no consent: the collaborative that runs the hub. */
export const UNRELATED_ORG = 'county-collaborative';
/** Named by the "wrong recipient" consents; never calls. */
export const OTHER_RECIPIENT_ORG = 'harbor-legal-aid';
/** Covered by the "wrong purpose" consents; no matrix caller carries it. */
export const WRONG_PURPOSE: PurposeOfUse = 'HPAYMT';
