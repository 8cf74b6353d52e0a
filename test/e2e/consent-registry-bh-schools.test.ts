/**
 * The behavioral health provider's and the school district's consents through the gateway: a
 * Part 2 consent recorded by the provider's clinician is honoured on the next request with the
 * §2.32 notice (42 CFR 2.31-2.32); a FERPA consent recorded by the school counselor lets the
 * named recipient see the education record (34 CFR 99.30); bad forms are refused with every
 * problem; outsiders are refused; every action is in the owner's own audit chain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { findShowcase } from '../../adapters/synthetic/showcase.js';
import type { DemoIdentityKey } from '../../gateway/src/auth/demo-identities.js';
import { ACCESS_DENIED } from '../../subgraphs/shared/policy/access-denied.js';
import { PART2_NOTICE } from '../../subgraphs/shared/policy/part2-notice.js';
import { CHILD_WELFARE_AGENCY, CONSENT_FIELDS, consentForm } from '../support/consent-forms.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

const population = generatePopulation();
const { personId: showcase } = findShowcase(population);
const personAt = (system: string, localId: string) =>
  population.identity.links.find((l) => l.system === system && l.localId === localId)!.personId;
const sudPatient = population.behavioralHealth.conditions.find((c) => c.substanceUse && personAt('behavioral-health', c.patientId) !== showcase)!.patientId;
const patient = personAt('behavioral-health', sudPatient);
const student = personAt('schools', population.schools.students.find((s) => personAt('schools', s.localId) !== showcase)!.localId);

const SUD_VIEW = 'query ($id: ID!) { person(id: $id) { behavioralHealth { substanceUseConditions { id } } } }';
const EDUCATION = 'query ($id: ID!) { person(id: $id) { education { localId } } }';
const RECORD_BH = `mutation ($input: BehavioralHealthConsentInput!) { recordBehavioralHealthConsent(input: $input) { ${CONSENT_FIELDS} } }`;
const LIST_BH = `query ($id: ID!) { person(id: $id) { behavioralHealthConsents { ${CONSENT_FIELDS} } } }`;
const RECORD_SCHOOL = `mutation ($input: FerpaConsentInput!) { recordSchoolConsent(input: $input) { ${CONSENT_FIELDS} } }`;
const REVOKE_SCHOOL = `mutation ($id: ID!, $reason: String!) { revokeSchoolConsent(id: $id, reason: $reason) { ${CONSENT_FIELDS} } }`;

const JUNIPER_CLINICIANS = { kind: 'ROLE', reference: 'bh-clinician', display: 'Clinicians of Juniper Family Counseling', organization: 'juniper-family-counseling' } as const;

describe('behavioral health and school consents through the gateway', () => {
  let hub: InProcessHub;
  beforeAll(async () => {
    hub = await startInProcessHub({ population });
  });
  afterAll(() => hub?.close());

  const as = async (identity: DemoIdentityKey, query: string, variables: Record<string, unknown>) =>
    hub.query(query, variables, { authorization: `Bearer ${await hub.tokenFor(identity)}` });

  it('honours a Part 2 consent recorded by the clinician on the next request, with the §2.32 notice', async () => {
    const form = (kind: string, dataClasses: string[]) => ({ ...consentForm({ personId: patient, recipient: CHILD_WELFARE_AGENCY, dataClasses }), kind });
    const authorization = await as('bh-clinician', RECORD_BH, { input: form('HIPAA_AUTHORIZATION', ['PSY']) });
    expect(authorization.body.errors).toBeUndefined();
    expect((await as('caseworker', SUD_VIEW, { id: patient })).body.data.person.behavioralHealth.substanceUseConditions).toBeNull();

    const part2 = await as('bh-clinician', RECORD_BH, { input: form('PART2_CONSENT', ['SUD']) });
    expect(part2.body.errors).toBeUndefined();
    const { id } = part2.body.data.recordBehavioralHealthConsent;
    const res = await as('caseworker', SUD_VIEW, { id: patient });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.person.behavioralHealth.substanceUseConditions.length).toBeGreaterThan(0);
    expect(res.body.extensions?.disclosureNotices).toEqual([
      { regulation: '42 CFR 2.32', statement: PART2_NOTICE, consent: `Consent/${id} (42 CFR Part 2 consent)`, owner: 'behavioral-health' },
    ]);

    const listed = await as('bh-privacy-officer', LIST_BH, { id: patient });
    expect(listed.body.data.person.behavioralHealthConsents.map((c: { kind: string }) => c.kind)).toEqual(['HIPAA_AUTHORIZATION', 'PART2_CONSENT']);
    const entries = await hub.auditStores['behavioral-health'].disclosuresFor({ personId: patient });
    expect(entries.map((e) => e.legalBasis)).toEqual(
      expect.arrayContaining([
        `consent registry: recorded Consent/${id} (part2-consent)`,
        expect.stringMatching(/^consent registry: list by privacy-officer of juniper-family-counseling/),
      ]),
    );
  });

  it('refuses a Part 2 consent without a purpose, and an outsider listing', async () => {
    const form = { ...consentForm({ personId: patient, recipient: CHILD_WELFARE_AGENCY, dataClasses: ['SUD'], purposes: [] }), kind: 'PART2_CONSENT' };
    const res = await as('bh-clinician', RECORD_BH, { input: form });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: ['State at least one purpose of use.'] });
    const outsider = await as('caseworker', LIST_BH, { id: patient });
    expect(outsider.body.data.person.behavioralHealthConsents).toBeNull();
    expect(outsider.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
  });

  it("lets a FERPA consent recorded by the school counselor open the record to the clinician it names; revoked, it closes", async () => {
    const clinicianView = () => as('bh-clinician', EDUCATION, { id: student });
    expect((await clinicianView()).body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
    const minorForm = (signers: Array<{ name: string; relationship: string }>) =>
      consentForm({ personId: student, recipient: JUNIPER_CLINICIANS, dataClasses: ['EDU'], purposes: ['TREAT'], subjectStanding: 'MINOR', signers });

    const unsigned = await as('school-counselor', RECORD_SCHOOL, { input: minorForm([{ name: 'Synthetic Student', relationship: 'MINOR_SELF' }]) });
    expect(unsigned.body.errors?.[0].extensions?.problems).toEqual(['For a student under 18 the parent (or guardian) signs (34 CFR 99.30(a), 99.5).']);

    const recorded = await as('school-counselor', RECORD_SCHOOL, { input: minorForm([{ name: 'Synthetic Parent', relationship: 'PARENT' }]) });
    expect(recorded.body.errors).toBeUndefined();
    const consent = recorded.body.data.recordSchoolConsent;
    expect(consent).toMatchObject({ kind: 'FERPA_CONSENT', state: 'ACTIVE', recipients: [{ kind: 'ROLE', reference: 'bh-clinician' }] });
    const seen = await clinicianView();
    expect(seen.body.errors).toBeUndefined();
    expect(seen.body.data.person.education.localId).toBeTruthy();

    const revoked = await as('school-privacy-officer', REVOKE_SCHOOL, { id: consent.id, reason: 'Parent withdrew consent in writing' });
    expect(revoked.body.data.revokeSchoolConsent).toMatchObject({ state: 'REVOKED', revocation: { by: { subject: 'sch-priv-0001' } } });
    expect((await clinicianView()).body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);

    const entries = await hub.auditStores.schools.disclosuresFor({ personId: student });
    expect(entries.filter((e) => e.legalBasis.startsWith('consent registry')).map((e) => e.fields[0])).toEqual([
      'Mutation.revokeSchoolConsent',
      'Mutation.recordSchoolConsent',
      'Mutation.recordSchoolConsent',
      'Mutation.recordSchoolConsent', // the refused form: written ahead, then its refusal
      'Mutation.recordSchoolConsent',
    ]);
  });
});
