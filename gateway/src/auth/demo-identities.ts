/**
 * Demo callers for `npm start` and the explorer, one per kind of user the hub serves. Each has
 * the purpose of use their work usually carries. Synthetic people; the caseworker is the one
 * whose caseload the README shows.
 */
import type { Caller, PurposeOfUse } from '../../../subgraphs/shared/security/caller.js';

export interface DemoIdentity extends Omit<Caller, 'purposeOfUse' | 'breakGlass'> {
  label: string;
  defaultPurpose: PurposeOfUse;
}

export const DEMO_IDENTITIES = {
  caseworker: {
    label: 'Caseworker — Francisca De la Cruz (county child welfare)',
    subject: 'CW-W-0002',
    name: 'Francisca De la Cruz',
    organization: 'county-child-welfare',
    roles: ['caseworker'],
    defaultPurpose: 'COC',
  },
  'bh-clinician': {
    label: 'BH clinician — Dr. Amara Okafor (Juniper Family Counseling)',
    subject: 'bh-clin-0001',
    name: 'Amara Okafor',
    organization: 'juniper-family-counseling',
    roles: ['bh-clinician'],
    defaultPurpose: 'TREAT',
  },
  'school-counselor': {
    label: 'School counselor — Minh Tran (district)',
    subject: 'sch-couns-0001',
    name: 'Minh Tran',
    organization: 'unified-school-district',
    roles: ['school-counselor'],
    defaultPurpose: 'COC',
  },
  'dv-advocate': {
    label: 'DV advocate — Rosa Delgado (DV program)',
    subject: 'dv-adv-0001',
    name: 'Rosa Delgado',
    organization: 'dv-program',
    roles: ['dv-advocate'],
    defaultPurpose: 'COC',
  },
  supervisor: {
    label: 'Supervisor — Jordan Whitfield (county child welfare)',
    subject: 'CW-S-0001',
    name: 'Jordan Whitfield',
    organization: 'county-child-welfare',
    roles: ['supervisor'],
    defaultPurpose: 'COC',
  },
  'privacy-officer': {
    label: 'Privacy officer — Priya Raman (collaborative)',
    subject: 'priv-0001',
    name: 'Priya Raman',
    organization: 'county-collaborative',
    roles: ['privacy-officer'],
    defaultPurpose: 'HOPERAT',
  },
  // Each data owner has its own privacy officer: the law puts the accounting of disclosures
  // (45 CFR 164.528) and the consent records with the party that holds the records.
  'cw-privacy-officer': {
    label: 'Privacy officer — Lucas Ferreira (county child welfare)',
    subject: 'cw-priv-0001',
    name: 'Lucas Ferreira',
    organization: 'county-child-welfare',
    roles: ['privacy-officer'],
    defaultPurpose: 'HOPERAT',
  },
  'bh-privacy-officer': {
    label: 'Privacy officer — Grace Mbeki (Juniper Family Counseling)',
    subject: 'bh-priv-0001',
    name: 'Grace Mbeki',
    organization: 'juniper-family-counseling',
    roles: ['privacy-officer'],
    defaultPurpose: 'HOPERAT',
  },
  'school-privacy-officer': {
    label: 'Privacy officer — Daniel Kim (district)',
    subject: 'sch-priv-0001',
    name: 'Daniel Kim',
    organization: 'unified-school-district',
    roles: ['privacy-officer'],
    defaultPurpose: 'HOPERAT',
  },
  'dv-privacy-officer': {
    label: 'Privacy officer — Helen Novak (DV program)',
    subject: 'dv-priv-0001',
    name: 'Helen Novak',
    organization: 'dv-program',
    roles: ['privacy-officer'],
    defaultPurpose: 'HOPERAT',
  },
  'integration-specialist': {
    label: 'Integration specialist — Dana Kowalski (collaborative)',
    subject: 'int-0001',
    name: 'Dana Kowalski',
    organization: 'county-collaborative',
    roles: ['integration-specialist'],
    defaultPurpose: 'HOPERAT',
  },
} as const satisfies Record<string, DemoIdentity>;

export type DemoIdentityKey = keyof typeof DEMO_IDENTITIES;

export function isDemoIdentityKey(value: string): value is DemoIdentityKey {
  return Object.hasOwn(DEMO_IDENTITIES, value);
}
