/**
 * Break-the-glass through the gateway: the caller's identity provider declares the emergency, the
 * gateway checks the declaration is well-formed, and each data owner decides on its own terms
 * (access-policy.yaml breakGlass) — behavioral health for clinicians (42 CFR 2.51, HIPAA
 * emergency treatment), schools for 30 minutes at most (FERPA 99.36), the DV program never (VAWA
 * has no emergency exception). Every decision under a declaration is flagged in the owner's audit
 * and listed in its privacy officer's break-glass review.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { SHOWCASE_PERSON_ID } from '../../gateway/src/explorer/example-operations.js';
import { ACCESS_DENIED } from '../../subgraphs/shared/policy/access-denied.js';
import { signGatewayToken } from '../../subgraphs/shared/security/gateway-token.js';
import { breakGlassToken, ER_CLINICIAN } from '../support/break-glass-tokens.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

const population = generatePopulation();
const personOf = (system: string, localId: string) =>
  population.identity.links.find((l) => l.system === system && l.localId === localId)!.personId;
const sudPatient = population.behavioralHealth.conditions.find((c) => c.substanceUse)!.patientId;
const sudPerson = personOf('behavioral-health', sudPatient);
const dvClient = population.dvShelter.clients[0].localId;
const dvPerson = personOf('dv-shelter', dvClient);

const BH_VIEW = 'query ($id: ID!) { person(id: $id) { behavioralHealth { localId substanceUseConditions { id } } } }';
const EDUCATION = 'query ($id: ID!) { person(id: $id) { education { localId } } }';
const DV_VIEW = 'query ($id: ID!) { person(id: $id) { dvServices { localId } } }';
const REVIEW = (field: string) =>
  `query ($since: DateTimeISO!) { ${field}(since: $since) { decision personId legalBasis fields recipient { subject organization } purposeOfUse breakGlass { reason expiresAt } } }`;
const REASON = 'Unresponsive in the ED, overdose suspected, no one to consent';

describe('break-the-glass through the gateway', () => {
  let hub: InProcessHub;
  const started = new Date(Date.now() - 1000).toISOString();
  beforeAll(async () => {
    hub = await startInProcessHub({ population });
  });
  afterAll(() => hub?.close());

  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const officer = async (identity: 'bh-privacy-officer' | 'dv-privacy-officer' | 'school-privacy-officer') =>
    as(await hub.tokenFor(identity));

  it('lets a clinician in an emergency see Part 2 data at the provider, flagged in the audit and in the review', async () => {
    const without = await hub.query(BH_VIEW, { id: sudPerson }, as(await breakGlassToken(hub, { none: true })));
    expect(without.body.data.person.behavioralHealth).toBeNull();
    expect(without.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);

    const res = await hub.query(BH_VIEW, { id: sudPerson }, as(await breakGlassToken(hub, { reason: REASON })));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.person.behavioralHealth.substanceUseConditions.length).toBeGreaterThan(0);

    const [latest] = await hub.auditStores['behavioral-health'].disclosuresFor({ personId: sudPerson, breakGlass: true });
    expect(latest).toMatchObject({
      decision: 'PERMIT',
      actor: { subject: ER_CLINICIAN.sub, organization: 'county-hospital-ed' },
      purposeOfUse: 'ETREAT',
      breakGlass: { reason: REASON },
      legalBasis: expect.stringMatching(/^BREAK-GLASS override: 42 CFR 2\.51/),
    });

    const review = await hub.query(REVIEW('behavioralHealthBreakGlassReview'), { since: started }, await officer('bh-privacy-officer'));
    expect(review.body.errors).toBeUndefined();
    expect(review.body.data.behavioralHealthBreakGlassReview).toContainEqual(
      expect.objectContaining({ decision: 'PERMIT', personId: sudPerson, breakGlass: expect.objectContaining({ reason: REASON }) }),
    );
  });

  it('denies a role the owner does not honour it for, and flags the attempt', async () => {
    const caseworker = { sub: 'CW-W-0001', name: 'Caseworker', org: 'county-child-welfare', roles: ['caseworker'] };
    const res = await hub.query(BH_VIEW, { id: sudPerson }, as(await breakGlassToken(hub, { who: caseworker, reason: REASON })));
    expect(res.body.data.person.behavioralHealth).toBeNull();
    expect(res.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
    const [latest] = await hub.auditStores['behavioral-health'].disclosuresFor({ personId: sudPerson, breakGlass: true });
    expect(latest).toMatchObject({ decision: 'DENY', actor: { subject: 'CW-W-0001' }, legalBasis: expect.stringMatching(/for bh-clinician only/) });
  });

  it.each([
    ['no reason', { reason: undefined }, /gives no reason/],
    ['an empty reason', { reason: '   ' }, /gives no reason/],
    ['a window that has ended', { reason: REASON, minutes: -5 }, /window ended at/],
    ["a window longer than the hub's maximum", { reason: REASON, minutes: 90 }, /longer than this hub's maximum of 60 minutes/],
  ])('rejects a declaration with %s at the gateway, with a clear 400 and no data', async (_what, options, message) => {
    const res = await hub.query(BH_VIEW, { id: sudPerson }, as(await breakGlassToken(hub, options)));
    expect(res.status).toBe(400);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'BREAK_GLASS_REFUSED' }, message: expect.stringMatching(message) });
  });

  it("applies the owner's own shorter window: schools allow 30 minutes under FERPA 99.36", async () => {
    const within = await hub.query(EDUCATION, { id: SHOWCASE_PERSON_ID }, as(await breakGlassToken(hub, { reason: REASON, minutes: 20 })));
    expect(within.body.errors).toBeUndefined();
    expect(within.body.data.person.education.localId).toBeTruthy();
    const tooLong = await hub.query(EDUCATION, { id: SHOWCASE_PERSON_ID }, as(await breakGlassToken(hub, { reason: REASON, minutes: 45 })));
    expect(tooLong.status).toBe(200); // the gateway's 60 minutes allow it; the district's 30 do not
    expect(tooLong.body.data.person.education).toBeNull();
    expect(tooLong.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
    const [denied, permitted] = await hub.auditStores.schools.disclosuresFor({ personId: SHOWCASE_PERSON_ID, breakGlass: true });
    expect(denied).toMatchObject({ decision: 'DENY', legalBasis: expect.stringMatching(/longer than schools's 30 minutes/) });
    expect(permitted).toMatchObject({ decision: 'PERMIT', legalBasis: 'BREAK-GLASS override: FERPA 34 CFR 99.36 (health or safety emergency)' });
  });

  it('re-checks the window in the owner: a gateway forwarding an ended declaration gets nothing', async () => {
    const facts = {
      requestId: 'lax-gateway-1',
      caller: {
        subject: ER_CLINICIAN.sub, name: ER_CLINICIAN.name, organization: ER_CLINICIAN.org, roles: ['bh-clinician' as const],
        purposeOfUse: 'ETREAT' as const, breakGlass: { reason: REASON, expiresAt: new Date(Date.now() - 60_000).toISOString() },
      },
    };
    const token = await signGatewayToken(facts, 'behavioral-health', hub.keys.gatewaySigning.privateKey);
    const res = await fetch(hub.subgraphs['behavioral-health'].url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { behavioralHealth { localId } } } }',
        variables: { r: [{ __typename: 'Person', id: sudPerson, behavioralHealthLinks: [{ system: 'behavioral-health', localId: sudPatient }] }] },
      }),
    });
    const body = await res.json();
    expect(body.data._entities[0].behavioralHealth).toBeNull();
    expect(body.errors[0].extensions.code).toBe(ACCESS_DENIED);
    const [entry] = await hub.auditStores['behavioral-health'].disclosuresFor({ personId: sudPerson, breakGlass: true });
    expect(entry).toMatchObject({ requestId: 'lax-gateway-1', decision: 'DENY', legalBasis: expect.stringMatching(/window ended/) });
  });

  it('refuses a gateway token whose break-glass declaration is malformed', async () => {
    const caller = { subject: 'x', name: 'X', organization: 'county-hospital-ed', roles: ['bh-clinician' as const], purposeOfUse: 'ETREAT' as const };
    const token = await signGatewayToken({ requestId: 'lax-gateway-2', caller: { ...caller, breakGlass: { reason: 42 } as never } }, 'behavioral-health', hub.keys.gatewaySigning.privateKey);
    const res = await fetch(hub.subgraphs['behavioral-health'].url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(401);
    expect((await res.json()).errors[0].message).toMatch(/malformed break-glass declaration/);
  });

  it('never yields DV data (VAWA has no emergency exception), answers as for a non-client, and flags the attempt', async () => {
    const token = await breakGlassToken(hub, { reason: REASON });
    const [client, stranger] = await Promise.all([
      hub.query(DV_VIEW, { id: dvPerson }, as(token)),
      hub.query(DV_VIEW, { id: 'P-999998' }, as(token)),
    ]);
    expect(client.body.data.person.dvServices).toBeNull();
    expect(client.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
    expect(JSON.stringify(client.body)).toBe(JSON.stringify(stranger.body).replace('P-999998', dvPerson));
    const [entry] = await hub.auditStores['dv-shelter'].disclosuresFor({ personId: dvPerson, breakGlass: true });
    expect(entry).toMatchObject({ decision: 'DENY', breakGlass: { reason: REASON }, legalBasis: expect.stringMatching(/dv-shelter honours no emergency override/) });
    const review = await hub.query(REVIEW('dvShelterBreakGlassReview'), { since: started }, await officer('dv-privacy-officer'));
    expect(review.body.data.dvShelterBreakGlassReview).toContainEqual(expect.objectContaining({ decision: 'DENY', personId: dvPerson }));
    expect(review.body.data.dvShelterBreakGlassReview.every((e: { decision: string }) => e.decision === 'DENY')).toBe(true);
  });

  it("declares an emergency from the explorer's Acting-as bar, for the owners to decide on", async () => {
    const page = await (await fetch(`${hub.gateway.url}?as=bh-clinician&btg=${encodeURIComponent('Seizure at school <now>')}`)).text();
    expect(page).toContain('BREAK-GLASS for 30 min');
    expect(page).toContain('Seizure at school &#60;now&#62;');
    const token = /Bearer (ey[\w-]+\.[\w-]+\.[\w-]+)/.exec(page)![1];
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ purpose_of_use: 'ETREAT', break_glass: { reason: 'Seizure at school <now>' } });
    const res = await hub.query(EDUCATION, { id: SHOWCASE_PERSON_ID }, as(token));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.person.education.localId).toBeTruthy();
    const plain = await (await fetch(`${hub.gateway.url}?as=bh-clinician`)).text();
    expect(plain).toContain('name="btg"');
    expect(plain).not.toContain('BREAK-GLASS for');
  });

  it("keeps each owner's review to its privacy officers", async () => {
    const res = await hub.query(REVIEW('dvShelterBreakGlassReview'), { since: started }, await officer('school-privacy-officer'));
    expect(res.body.data?.dvShelterBreakGlassReview ?? null).toBeNull();
    expect(res.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
  });
});
