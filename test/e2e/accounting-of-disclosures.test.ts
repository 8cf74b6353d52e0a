/**
 * The accounting of disclosures as a GraphQL query (HIPAA 45 CFR 164.528; 42 CFR 2.24; FERPA
 * 34 CFR 99.32): each data owner answers for its own disclosures from its own audit chain, to its
 * own privacy officer and to the organizations its access-policy.yaml lists; everyone else gets
 * one uniform ACCESS_DENIED, whoever the person is. Reading the accounting is itself audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { findShowcase } from '../../adapters/synthetic/showcase.js';
import type { DemoIdentityKey } from '../../gateway/src/auth/demo-identities.js';
import { ACCOUNTING_QUERY, BREAK_GLASS_REVIEW_QUERY, SHOWCASE_CASEWORKER_ID } from '../../gateway/src/explorer/example-operations.js';
import { ACCESS_DENIED } from '../../subgraphs/shared/policy/access-denied.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

const population = generatePopulation();
const { personId: showcase } = findShowcase(population);
const systemsOf = new Map<string, Set<string>>();
for (const l of population.identity.links) systemsOf.set(l.personId, (systemsOf.get(l.personId) ?? new Set()).add(l.system));
const dvOnly = [...systemsOf].find(([id, s]) => id !== showcase && s.size === 1 && s.has('dv-shelter'))![0];

const ENTRY = 'decision recordedAt recipient { subject name organization roles } purposeOfUse labels fields legalBasis requestId breakGlass { reason } system localId personId';
const ACCOUNTING = (field: string) => `query ($id: ID!, $from: DateTimeISO, $to: DateTimeISO) { person(id: $id) { ${field}(from: $from, to: $to) { ${ENTRY} } } }`;

describe('accounting of disclosures through the gateway', () => {
  let hub: InProcessHub;
  beforeAll(async () => {
    hub = await startInProcessHub({ population });
  });
  afterAll(() => hub?.close());

  const as = async (identity: DemoIdentityKey) => ({ authorization: `Bearer ${await hub.tokenFor(identity)}` });
  const accounting = async (field: string, id: string, identity: DemoIdentityKey, period: { from?: string; to?: string } = {}) =>
    hub.query(ACCOUNTING(field), { id, ...period }, await as(identity));

  it("gives the DV program's privacy officer every release and refusal of the program's data about a person", async () => {
    await hub.query('query ($id: ID!) { person(id: $id) { dvServices { localId } } }', { id: showcase }); // the caseworker, under a release
    await hub.query('query ($id: ID!) { person(id: $id) { dvServices { localId } } }', { id: showcase }, await as('school-counselor'));
    const res = await accounting('dvShelterDisclosures', showcase, 'dv-privacy-officer');
    expect(res.body.errors).toBeUndefined();
    const entries = res.body.data.person.dvShelterDisclosures;
    expect(entries[0]).toMatchObject({
      decision: 'DENY', recipient: { subject: 'sch-couns-0001', organization: 'unified-school-district', roles: ['school-counselor'] },
      purposeOfUse: 'COC', labels: ['SDV'], fields: ['Person.dvServices'], system: 'dv-shelter', personId: showcase, breakGlass: null,
    });
    expect(entries[1]).toMatchObject({
      decision: 'PERMIT', recipient: { subject: 'CW-W-0002', name: 'Francisca De la Cruz' }, legalBasis: expect.stringMatching(/^Consent\/[\w-]+ \(VAWA release\)$/),
    });
    expect(entries[1].requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('audits the reading of the accounting itself', async () => {
    await accounting('dvShelterDisclosures', showcase, 'dv-privacy-officer');
    const [read] = await hub.auditStores['dv-shelter'].disclosuresFor({ personId: showcase });
    expect(read).toMatchObject({
      decision: 'PERMIT', actor: { subject: 'dv-priv-0001', organization: 'dv-program' }, fields: ['Person.dvShelterDisclosures'],
      legalBasis: expect.stringMatching(/accounting of disclosures read by dv-program's privacy officer/),
    });
    const again = await accounting('dvShelterDisclosures', showcase, 'dv-privacy-officer');
    expect(again.body.data.person.dvShelterDisclosures[0]).toMatchObject({ fields: ['Person.dvShelterDisclosures'] });
  });

  it("answers another agency's privacy officer, the collaborative's and a caseworker the same for a DV client and a non-client", async () => {
    for (const identity of ['bh-privacy-officer', 'privacy-officer', 'caseworker', 'dv-advocate'] as const) {
      const [client, stranger] = await Promise.all([
        accounting('dvShelterDisclosures', dvOnly, identity),
        accounting('dvShelterDisclosures', 'P-999998', identity),
      ]);
      expect(client.body.data.person.dvShelterDisclosures).toBeNull();
      expect(client.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
      expect(JSON.stringify(client.body)).toBe(JSON.stringify(stranger.body));
    }
    const refused = await hub.auditStores['dv-shelter'].disclosuresFor({ personId: dvOnly, decision: 'DENY' });
    expect(refused.map((e) => e.actor.subject).sort()).toEqual(['CW-W-0002', 'bh-priv-0001', 'dv-adv-0001', 'priv-0001']);
  });

  it("lets the collaborative's privacy officer read child welfare's and the schools' accounting, not behavioral health's", async () => {
    expect((await accounting('childWelfareDisclosures', showcase, 'privacy-officer')).body.errors).toBeUndefined();
    expect((await accounting('schoolDisclosures', showcase, 'privacy-officer')).body.errors).toBeUndefined();
    const bh = await accounting('behavioralHealthDisclosures', showcase, 'privacy-officer');
    expect(bh.body.data.person.behavioralHealthDisclosures).toBeNull();
    expect(bh.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
    expect((await accounting('behavioralHealthDisclosures', showcase, 'bh-privacy-officer')).body.errors).toBeUndefined();
  });

  it("includes a caseload disclosure, audited by the child's record only, in the child's accounting", async () => {
    const res = await hub.query(`{ caseworker(id: "${SHOWCASE_CASEWORKER_ID}") { caseload { child { person { id } } } } }`);
    const child = res.body.data.caseworker.caseload[0].child.person.id;
    const entries = (await accounting('childWelfareDisclosures', child, 'cw-privacy-officer')).body.data.person.childWelfareDisclosures;
    expect(entries).toContainEqual(expect.objectContaining({ personId: null, fields: ['Caseworker.caseload'], decision: 'PERMIT' }));
  });

  it("runs the explorer's saved privacy-officer operations as the bh-privacy-officer", async () => {
    await hub.query('query ($id: ID!) { person(id: $id) { behavioralHealth { localId } } }', { id: showcase }, await as('school-counselor'));
    const accountingRes = await hub.query(ACCOUNTING_QUERY, {}, await as('bh-privacy-officer'));
    expect(accountingRes.body.errors).toBeUndefined();
    expect(accountingRes.body.data.person.behavioralHealthDisclosures).toContainEqual(
      expect.objectContaining({ decision: 'DENY', recipient: { name: 'Minh Tran', organization: 'unified-school-district', roles: ['school-counselor'] } }),
    );
    const review = await hub.query(BREAK_GLASS_REVIEW_QUERY, {}, await as('bh-privacy-officer'));
    expect(review.body.errors).toBeUndefined();
    expect(review.body.data.behavioralHealthBreakGlassReview).toEqual([]);
    const caseworker = await hub.query(ACCOUNTING_QUERY);
    expect(caseworker.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
  });

  it('narrows to a period, and says so when the period is empty', async () => {
    const future = await accounting('dvShelterDisclosures', showcase, 'dv-privacy-officer', { from: '2099-01-01T00:00:00Z' });
    expect(future.body.data.person.dvShelterDisclosures).toEqual([]);
    const backwards = await accounting('dvShelterDisclosures', showcase, 'dv-privacy-officer', { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' });
    expect(backwards.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/period is empty/) });
  });
});
