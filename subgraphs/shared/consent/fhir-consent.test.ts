import { describe, expect, it } from 'vitest';
import { toFhirConsent } from './fhir-consent.js';
import { NOW, part2Consent, vawaRelease } from './testing/sample-consents.js';
import type { ConsentRecord, NewConsent } from './types.js';

const stored = (consent: NewConsent, extra: Partial<ConsentRecord> = {}): ConsentRecord => ({
  ...consent, id: 'c-1', status: 'active', recordedAt: NOW.toISOString(), ...extra,
});

describe('toFhirConsent', () => {
  it('renders a VAWA release as an R4 Consent permitting disclosure to the named recipient', () => {
    const fhir = toFhirConsent(stored(vawaRelease({ grantors: [{ name: 'Alex', relationship: 'self', flaggedAbuser: false }] })));
    expect(fhir).toMatchObject({
      resourceType: 'Consent',
      id: 'c-1',
      status: 'active',
      scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
      category: [{ coding: [{ system: 'http://loinc.org', code: '64292-6' }] }],
      patient: { identifier: { system: 'urn:common-client-hub:person', value: 'P-DV-1' } },
      dateTime: '2026-04-20',
      performer: [{ type: 'Patient', display: 'Alex (self)' }],
      organization: [{ identifier: { value: 'dv-shelter' } }],
      sourceReference: { reference: 'DocumentReference/rel-1' },
      policy: [{ authority: 'https://www.justice.gov/ovw', uri: 'https://www.law.cornell.edu/uscode/text/34/12291' }],
      provision: {
        type: 'permit',
        period: { start: '2026-04-20', end: '2026-07-18' },
        actor: [{ role: { coding: [{ code: 'IRCP' }] }, reference: { type: 'Organization', display: 'County Child Welfare' } }],
        action: [{ coding: [{ code: 'disclose' }] }],
        purpose: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'COC' }],
        securityLabel: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'SDV' }],
      },
    });
    expect(JSON.stringify(fhir)).not.toMatch(/abuser/i);
  });

  it('renders a revoked Part 2 consent as inactive, citing 42 CFR 2.31, with local codes where v3 has none', () => {
    const fhir = toFhirConsent(stored(part2Consent({ dataClasses: ['SUD', 'EDU'] }), { status: 'inactive', revokedAt: NOW.toISOString() }));
    expect(fhir).toMatchObject({
      status: 'inactive',
      category: [{ coding: [{ code: '59284-0' }] }],
      policy: [{ uri: 'https://www.ecfr.gov/current/title-42/section-2.31' }],
      provision: {
        actor: [{ reference: { type: 'PractitionerRole', identifier: { value: 'county-child-welfare/caseworker' } } }],
        securityLabel: [{ code: 'SUD' }, { system: 'urn:common-client-hub:security-label', code: 'EDU' }],
      },
    });
  });
});
