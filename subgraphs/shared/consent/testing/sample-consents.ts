/** Valid consents of each kind, on a fixed clock, for tests to vary one element at a time. */
import type { NewConsent } from '../types.js';

export const NOW = new Date('2026-05-01T12:00:00Z');
export const advocate = { subject: 'dv-adv-0001', name: 'Rosa Delgado' };

export function vawaRelease(overrides: Partial<NewConsent> = {}): NewConsent {
  return {
    owner: 'dv-shelter',
    kind: 'vawa-release',
    personId: 'P-DV-1',
    subject: { system: 'dv-shelter', localId: 'DV-1' },
    grantors: [{ name: 'Alex Survivor', relationship: 'self' }],
    actors: [{ kind: 'organization', reference: 'county-child-welfare', display: 'County Child Welfare' }],
    purposes: ['COC'],
    dataClasses: ['SDV'],
    period: { start: '2026-04-20', end: '2026-07-18' },
    signedOn: '2026-04-20',
    writtenDocument: { reference: 'DocumentReference/rel-1', contentType: 'application/pdf' },
    recordedBy: advocate,
    ...overrides,
  };
}

export function part2Consent(overrides: Partial<NewConsent> = {}): NewConsent {
  return {
    owner: 'behavioral-health',
    kind: 'part2-consent',
    personId: 'P-BH-1',
    grantors: [{ name: 'Sam Patient', relationship: 'self' }],
    actors: [{ kind: 'role', reference: 'caseworker', organization: 'county-child-welfare', display: 'Caseworkers, County Child Welfare' }],
    purposes: ['COC', 'TREAT'],
    dataClasses: ['SUD', 'PSY'],
    period: { start: '2026-04-01', end: '2027-03-31' },
    signedOn: '2026-04-01',
    writtenDocument: { reference: 'DocumentReference/p2-1', contentType: 'application/pdf' },
    rightToRevokeAcknowledged: true,
    recordedBy: { subject: 'bh-clin-0001', name: 'Amara Okafor' },
    ...overrides,
  };
}

export function ferpaConsent(overrides: Partial<NewConsent> = {}): NewConsent {
  return {
    owner: 'schools',
    kind: 'ferpa-consent',
    personId: 'P-SCH-1',
    subjectCapacity: 'minor',
    grantors: [{ name: 'Pat Parent', relationship: 'parent' }],
    actors: [{ kind: 'organization', reference: 'juniper-family-counseling', display: 'Juniper Family Counseling' }],
    purposes: ['TREAT'],
    dataClasses: ['EDU'],
    period: { start: '2026-04-15', end: '2026-08-31' },
    signedOn: '2026-04-15',
    writtenDocument: { reference: 'DocumentReference/ferpa-1', contentType: 'application/pdf' },
    recordedBy: { subject: 'sch-couns-0001', name: 'Minh Tran' },
    ...overrides,
  };
}
