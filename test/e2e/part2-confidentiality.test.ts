/**
 * The behavioral health provider's rules in its own subgraph, through the gateway: its records
 * leave only for treatment or under an authorization (HIPAA); substance use data only under a
 * Part 2 consent naming the recipient, with the §2.32 notice and the consent's reference in
 * every response that carries it; revocation stops it on the next request (42 CFR 2.31–2.32).
 */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { DEMO_ISSUER, HUB_AUDIENCE } from '../../gateway/src/auth/demo-issuer.js';
import type { NewConsent } from '../../subgraphs/shared/consent/types.js';
import { ACCESS_DENIED } from '../../subgraphs/shared/policy/access-denied.js';
import { PART2_NOTICE } from '../../subgraphs/shared/policy/part2-notice.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

const population = generatePopulation();
const personOf = (localId: string) =>
  population.identity.links.find((l) => l.system === 'behavioral-health' && l.localId === localId)!.personId;
const sudPatients = new Set(population.behavioralHealth.conditions.filter((c) => c.substanceUse).map((c) => c.patientId));
const sudPatient = [...sudPatients][0];
const otherPatient = population.behavioralHealth.patients.find((p) => !sudPatients.has(p.localId))!.localId;

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const consent = (kind: 'hipaa-authorization' | 'part2-consent', localId: string): NewConsent => ({
  owner: 'behavioral-health',
  kind,
  subject: { system: 'behavioral-health', localId },
  subjectCapacity: 'adult',
  grantors: [{ name: 'Synthetic Patient', relationship: 'self' }],
  actors: [{ kind: 'organization', reference: 'county-child-welfare', display: 'County child welfare agency' }],
  purposes: ['COC'],
  dataClasses: [kind === 'part2-consent' ? 'SUD' : 'PSY'],
  period: { start: day(-1), end: day(60) },
  signedOn: day(-1),
  writtenDocument: { reference: `DocumentReference/${kind}-${localId}`, contentType: 'application/pdf' },
  rightToRevokeAcknowledged: true,
  recordedBy: { subject: 'bh-clin-0001', name: 'Amara Okafor' },
});

const SUD_VIEW = 'query ($id: ID!) { person(id: $id) { behavioralHealth { conditions { id } substanceUseConditions { id code { code } } } } }';

describe('behavioral health and 42 CFR Part 2 through the gateway', () => {
  let hub: InProcessHub;
  beforeAll(async () => {
    hub = await startInProcessHub({ population });
  });
  afterAll(() => hub?.close());

  const ask = (localId: string) => hub.query(SUD_VIEW, { id: personOf(localId) });

  it('withholds the whole record from a caseworker without an authorization', async () => {
    const res = await ask(sudPatient);
    expect(res.body.data.person.behavioralHealth).toBeNull();
    expect(res.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
  });

  it('with a HIPAA authorization only: the record, but substance use data answers as for a patient without any', async () => {
    await hub.bhConsents.record(consent('hipaa-authorization', sudPatient));
    await hub.bhConsents.record(consent('hipaa-authorization', otherPatient));
    const [sud, other] = await Promise.all([ask(sudPatient), ask(otherPatient)]);
    expect(sud.body.data.person.behavioralHealth.substanceUseConditions).toBeNull();
    expect(sud.body.errors?.map((e) => e.extensions?.code)).toEqual([ACCESS_DENIED]);
    const onlySud = (body: typeof sud.body) => JSON.stringify({ errors: body.errors, sud: body.data.person.behavioralHealth.substanceUseConditions });
    expect(onlySud(sud.body)).toBe(onlySud(other.body));
    expect(sud.body.extensions?.disclosureNotices).toBeUndefined();
  });

  it('with a Part 2 consent: the data, with the §2.32 notice and the consent reference; revoked, denied next time', async () => {
    const part2 = await hub.bhConsents.record(consent('part2-consent', sudPatient));
    const res = await ask(sudPatient);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.person.behavioralHealth.substanceUseConditions.length).toBeGreaterThan(0);
    expect(res.body.extensions?.disclosureNotices).toEqual([
      { regulation: '42 CFR 2.32', statement: PART2_NOTICE, consent: `Consent/${part2.id} (42 CFR Part 2 consent)`, owner: 'behavioral-health' },
    ]);

    await hub.bhConsents.revoke(part2.id, { by: { subject: 'bh-clin-0001', name: 'Amara Okafor' }, reason: 'Patient revoked in writing' });
    const after = await ask(sudPatient);
    expect(after.body.data.person.behavioralHealth.substanceUseConditions).toBeNull();
    expect(after.body.extensions?.disclosureNotices).toBeUndefined();

    const entries = await hub.auditStores['behavioral-health'].disclosuresFor({ localId: sudPatient, system: 'behavioral-health' });
    expect(entries.filter((e) => e.labels.includes('SUD')).map((e) => e.decision).slice(0, 2)).toEqual(['DENY', 'PERMIT']);
  });

  it("gives another provider's clinician the record for treatment (164.506), but not Part 2 data without consent", async () => {
    const outsider = await new SignJWT({ name: 'Dr. Elsewhere', org: 'riverside-pediatrics', roles: ['bh-clinician'], purpose_of_use: 'TREAT' })
      .setProtectedHeader({ alg: 'ES256' }).setIssuer(DEMO_ISSUER).setAudience(HUB_AUDIENCE).setSubject('rp-1')
      .setExpirationTime('5m').sign(hub.keys.demoIssuer.privateKey);
    const res = await hub.query(SUD_VIEW, { id: personOf(otherPatient) }, { authorization: `Bearer ${outsider}` });
    expect(res.body.data.person.behavioralHealth.conditions.length).toBeGreaterThan(0);
    expect(res.body.data.person.behavioralHealth.substanceUseConditions).toBeNull();
    const entries = await hub.auditStores['behavioral-health'].disclosuresFor({ system: 'behavioral-health', localId: otherPatient });
    expect(entries.map((e) => e.legalBasis)).toContain('HIPAA 45 CFR 164.506(c)(2) (treatment by another provider)');
  });
});
