/**
 * The DV program's releases through the gateway (34 U.S.C. 12291(b)(2); 28 CFR 90.4(b)): its
 * advocate records a release and the named recipient sees the DV view on the next request; its
 * privacy officer lists and revokes, and the next request is denied; nobody outside the program
 * (a caseworker, the collaborative's privacy officer) records or lists, and their answer does
 * not depend on the person; a bad form is refused with every problem; every action is audited,
 * and without the audit nothing changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { findShowcase } from '../../adapters/synthetic/showcase.js';
import type { DemoIdentityKey } from '../../gateway/src/auth/demo-identities.js';
import { dvReleasesQuery, recordDvReleaseMutation } from '../../gateway/src/explorer/consent-examples.js';
import type { AuditStore } from '../../subgraphs/shared/audit/audit-store.js';
import { ACCESS_DENIED } from '../../subgraphs/shared/policy/access-denied.js';
import { CHILD_WELFARE_AGENCY, CONSENT_FIELDS, consentForm } from '../support/consent-forms.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

const population = generatePopulation();
const systemsOf = new Map<string, Set<string>>();
for (const l of population.identity.links) systemsOf.set(l.personId, (systemsOf.get(l.personId) ?? new Set()).add(l.system));
const { personId: showcase } = findShowcase(population);
const onlyAt = (system: string, skip: string[] = []) =>
  [...systemsOf].find(([id, s]) => id !== showcase && !skip.includes(id) && s.size === 1 && s.has(system))![0];
const dvClient = onlyAt('dv-shelter');
const otherDvClient = onlyAt('dv-shelter', [dvClient]);
const schoolOnly = onlyAt('schools');

const DV_VIEW = 'query ($id: ID!) { person(id: $id) { dvServices { localId } } }';
const LIST = `query ($id: ID!, $all: Boolean) { person(id: $id) { dvReleases(includeInactive: $all) { ${CONSENT_FIELDS} } } }`;
const RECORD = `mutation ($input: VawaReleaseInput!) { recordDvRelease(input: $input) { ${CONSENT_FIELDS} } }`;
const REVOKE = `mutation ($id: ID!, $reason: String!) { revokeDvRelease(id: $id, reason: $reason) { ${CONSENT_FIELDS} } }`;
const release = (personId: string) => consentForm({ personId, recipient: CHILD_WELFARE_AGENCY, dataClasses: ['SDV'] });

describe('VAWA releases through the gateway', () => {
  let hub: InProcessHub;
  beforeAll(async () => {
    hub = await startInProcessHub({ population });
  });
  afterAll(() => hub?.close());

  const as = async (identity: DemoIdentityKey, query: string, variables: Record<string, unknown>) =>
    hub.query(query, variables, { authorization: `Bearer ${await hub.tokenFor(identity)}` });

  it('advocate records, recipient sees on the next request; privacy officer revokes, next request denied', async () => {
    expect((await as('caseworker', DV_VIEW, { id: dvClient })).body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);

    const recorded = await as('dv-advocate', RECORD, { input: release(dvClient) });
    expect(recorded.body.errors).toBeUndefined();
    const consent = recorded.body.data.recordDvRelease;
    expect(consent).toMatchObject({
      kind: 'VAWA_RELEASE',
      state: 'ACTIVE',
      personId: dvClient,
      recipients: [{ kind: 'ORGANIZATION', reference: 'county-child-welfare' }],
      recordedBy: { subject: 'dv-adv-0001', name: 'Rosa Delgado' },
      revocation: null,
    });
    const seen = await as('caseworker', DV_VIEW, { id: dvClient });
    expect(seen.body.errors).toBeUndefined();
    expect(seen.body.data.person.dvServices.localId).toBeTruthy();

    const listed = await as('dv-privacy-officer', LIST, { id: dvClient });
    expect(listed.body.data.person.dvReleases.map((c: { id: string }) => c.id)).toEqual([consent.id]);

    const revoked = await as('dv-privacy-officer', REVOKE, { id: consent.id, reason: 'Client revoked by phone' });
    expect(revoked.body.errors).toBeUndefined();
    expect(revoked.body.data.revokeDvRelease).toMatchObject({
      state: 'REVOKED',
      revocation: { by: { subject: 'dv-priv-0001' }, reason: 'Client revoked by phone' },
    });
    const after = await as('caseworker', DV_VIEW, { id: dvClient });
    expect(after.body.data.person.dvServices).toBeNull();
    expect(after.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
    expect((await as('dv-advocate', LIST, { id: dvClient })).body.data.person.dvReleases).toEqual([]);
    const all = await as('dv-advocate', LIST, { id: dvClient, all: true });
    expect(all.body.data.person.dvReleases.map((c: { state: string }) => c.state)).toEqual(['REVOKED']);

    // Oldest first: record (written ahead, then its outcome), the privacy officer's listing, the revocation.
    const entries = (await hub.auditStores['dv-shelter'].disclosuresFor({ personId: dvClient })).reverse();
    const consentEntries = entries.filter((e) => e.legalBasis.startsWith('consent registry'));
    expect(consentEntries.map((e) => [e.actor.subject, e.decision, e.fields[0], e.legalBasis])).toEqual([
      ['dv-adv-0001', 'PERMIT', 'Mutation.recordDvRelease', expect.stringMatching(/^consent registry: record by dv-advocate of dv-program .*recording a vawa-release$/)],
      ['dv-adv-0001', 'PERMIT', 'Mutation.recordDvRelease', `consent registry: recorded Consent/${consent.id} (vawa-release)`],
      ['dv-priv-0001', 'PERMIT', 'Person.dvReleases', expect.stringMatching(/^consent registry: list by privacy-officer of dv-program/)],
      ['dv-priv-0001', 'PERMIT', 'Mutation.revokeDvRelease', expect.stringMatching(new RegExp(`revoking Consent/${consent.id}: Client revoked by phone$`))],
      ['dv-adv-0001', 'PERMIT', 'Person.dvReleases', expect.stringMatching(/list by dv-advocate/)],
      ['dv-adv-0001', 'PERMIT', 'Person.dvReleases', expect.stringMatching(/list by dv-advocate/)],
    ]);
    expect(consentEntries.every((e) => e.labels.join() === 'SDV' && e.system === 'dv-shelter')).toBe(true);
    expect((await hub.auditStores['dv-shelter'].verify()).ok).toBe(true);
  });

  it("lists the program's releases recorded against its own client record (found through its own links)", async () => {
    const res = await as('dv-advocate', LIST, { id: showcase });
    expect(res.body.errors).toBeUndefined();
    // The demo's two: to child welfare for coordination of care, to the collaborative for linkage.
    expect(res.body.data.person.dvReleases).toEqual([
      expect.objectContaining({ kind: 'VAWA_RELEASE', state: 'ACTIVE', personId: null, recipients: [{ kind: 'ORGANIZATION', reference: 'county-child-welfare' }] }),
      expect.objectContaining({ kind: 'VAWA_RELEASE', state: 'ACTIVE', personId: null, recipients: [{ kind: 'ORGANIZATION', reference: 'county-collaborative' }] }),
    ]);
  });

  it("runs the explorer's saved examples as they stand: the counselor they name sees the DV view next", async () => {
    const counselorView = () => as('school-counselor', DV_VIEW, { id: showcase });
    expect((await counselorView()).body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
    const recorded = await as('dv-advocate', recordDvReleaseMutation(showcase), {});
    expect(recorded.body.errors).toBeUndefined();
    expect(recorded.body.data.recordDvRelease).toMatchObject({ state: 'ACTIVE', recordedBy: { name: 'Rosa Delgado' } });
    expect((await counselorView()).body.data.person.dvServices.localId).toBeTruthy();
    const listed = await as('dv-advocate', dvReleasesQuery(showcase), {});
    expect(listed.body.data.person.dvReleases.map((r: { recipients: Array<{ reference: string }> }) => r.recipients[0].reference)).toEqual([
      'county-child-welfare',
      'county-collaborative',
      'school-counselor',
    ]);
    await hub.dvReleases.revoke(recorded.body.data.recordDvRelease.id, { by: { subject: 'test', name: 'Test' }, reason: 'test over' });
  });

  it('refuses a caseworker: no recording, no listing, and nothing stored', async () => {
    const recorded = await as('caseworker', RECORD, { input: release(otherDvClient) });
    expect(recorded.body.data).toBeNull();
    expect(recorded.body.errors?.map((e) => e.extensions?.code)).toEqual([ACCESS_DENIED]);
    const listed = await as('caseworker', LIST, { id: showcase });
    expect(listed.body.data.person.dvReleases).toBeNull();
    expect(listed.body.errors?.map((e) => e.extensions?.code)).toEqual([ACCESS_DENIED]);
    expect(await hub.dvReleases.list({ personId: otherDvClient, includeInactive: true })).toEqual([]);
    const denials = await hub.auditStores['dv-shelter'].disclosuresFor({ personId: showcase, decision: 'DENY' });
    expect(denials[0]).toMatchObject({ actor: { subject: 'CW-W-0002' }, fields: ['Person.dvReleases'], legalBasis: expect.stringMatching(/may not list/) });
  });

  it("gives the collaborative's privacy officer the same answer for a DV client with a release and a non-client", async () => {
    const [client, nonClient] = await Promise.all([as('privacy-officer', LIST, { id: showcase }), as('privacy-officer', LIST, { id: schoolOnly })]);
    expect(client.body.data.person.dvReleases).toBeNull();
    expect(client.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
    expect(JSON.stringify(client.body)).toBe(JSON.stringify(nonClient.body));
    const [demoRelease] = await hub.dvReleases.list({ kind: 'vawa-release' });
    const [real, made_up] = await Promise.all([
      as('privacy-officer', REVOKE, { id: demoRelease.id, reason: 'probing' }),
      as('privacy-officer', REVOKE, { id: '00000000-0000-0000-0000-000000000000', reason: 'probing' }),
    ]);
    expect(real.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
    expect(JSON.stringify(real.body)).toBe(JSON.stringify(made_up.body));
    expect((await hub.dvReleases.get(demoRelease.id))?.status).toBe('active');
  });

  it('refuses a bad release with every problem (BAD_USER_INPUT) and stores nothing', async () => {
    const bad = {
      ...consentForm({
        personId: otherDvClient,
        dataClasses: ['SDV'],
        days: 120,
        signers: [{ name: 'Synthetic Client', relationship: 'SELF' }, { name: 'Synthetic Partner', relationship: 'SELF', flaggedAbuser: true }],
      }),
    };
    const res = await as('dv-advocate', RECORD, { input: bad });
    expect(res.body.data).toBeNull();
    const [error] = res.body.errors ?? [];
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.problems).toEqual(
      expect.arrayContaining([
        'A VAWA release must name the recipient.',
        'A VAWA release may run at most 90 days; this one runs 120.',
        'Signed by a person flagged as the abuser: an abuser can never consent to a release (34 U.S.C. 12291(b)(2)).',
      ]),
    );
    expect(error.message).toMatch(/^The consent was not recorded: .*must name the recipient/);
    expect(await hub.dvReleases.list({ personId: otherDvClient, includeInactive: true })).toEqual([]);
  });
});

describe('no audit, no change to the releases', () => {
  let hub: InProcessHub;
  const broken: AuditStore = {
    append: async () => {
      throw new Error('audit database unreachable');
    },
    verify: async () => ({ ok: true, entries: 0 }),
    disclosuresFor: async () => [],
    health: async () => ({ status: 'up', checkedAt: new Date().toISOString(), detail: 'pretends' }),
    close: async () => {},
  };
  beforeAll(async () => {
    hub = await startInProcessHub({ population, auditStore: (name) => (name === 'dv-shelter' ? broken : undefined) });
  });
  afterAll(() => hub?.close());

  it('records nothing and revokes nothing when the audit entry cannot be written first', async () => {
    const advocate = { authorization: `Bearer ${await hub.tokenFor('dv-advocate')}` };
    const recorded = await hub.query(RECORD, { input: release(dvClient) }, advocate);
    expect(recorded.body.data).toBeNull();
    expect(recorded.body.errors?.map((e) => e.extensions?.code)).toContain('AUDIT_UNAVAILABLE');
    expect(await hub.dvReleases.list({ personId: dvClient, includeInactive: true })).toEqual([]);

    const [demoRelease] = await hub.dvReleases.list({ kind: 'vawa-release' });
    const revoked = await hub.query(REVOKE, { id: demoRelease.id, reason: 'Client revoked' }, advocate);
    expect(revoked.body.errors?.map((e) => e.extensions?.code)).toContain('AUDIT_UNAVAILABLE');
    expect((await hub.dvReleases.get(demoRelease.id))?.status).toBe('active');

    const listed = await hub.query(LIST, { id: showcase }, advocate);
    expect(listed.body.data?.person?.dvReleases ?? null).toBeNull();
    expect(listed.body.errors?.map((e) => e.extensions?.code)).toContain('AUDIT_UNAVAILABLE');
  });
});
