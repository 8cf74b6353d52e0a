/**
 * The DV program's rules, enforced in its own subgraph and seen through the gateway (VAWA,
 * 34 U.S.C. 12291(b)(2)): nothing — not even the fact of enrollment — without an active release
 * naming the caller; revocation takes effect on the next request; every decision is audited;
 * no audit, no data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { findShowcase } from '../../adapters/synthetic/showcase.js';
import type { AuditStore } from '../../subgraphs/shared/audit/audit-store.js';
import { ACCESS_DENIED } from '../../subgraphs/shared/policy/access-denied.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

const population = generatePopulation();
const systemsOf = new Map<string, string[]>();
for (const l of population.identity.links) systemsOf.set(l.personId, [...(systemsOf.get(l.personId) ?? []), l.system]);
const { personId: withRelease } = findShowcase(population);
const onlyAt = (wanted: string[]) =>
  [...systemsOf].find(([id, systems]) => id !== withRelease && [...new Set(systems)].sort().join() === wanted.join())?.[0];
// A DV client known to no other agency, and one also at a school; a person at a school only.
const dvOnly = onlyAt(['dv-shelter'])!;
const dvAndSchool = onlyAt(['dv-shelter', 'schools'])!;
const schoolOnly = onlyAt(['schools'])!;
const dvClientWithoutRelease = dvOnly;

const DV_VIEW = 'query ($id: ID!) { person(id: $id) { dvServices { localId currentlyInShelter } links { system } } }';

describe('DV confidentiality through the gateway', () => {
  let hub: InProcessHub;

  beforeAll(async () => {
    hub = await startInProcessHub({ population });
  });
  afterAll(() => hub?.close());

  const ask = async (id: string, as: Parameters<InProcessHub['tokenFor']>[0] = 'caseworker') =>
    hub.query(DV_VIEW, { id }, { authorization: `Bearer ${await hub.tokenFor(as)}` });

  it('answers about a DV client without a release exactly as about a person the program never served', async () => {
    // Known only to the DV program vs. an id the hub has never seen.
    const [client, unknown] = await Promise.all([ask(dvOnly), ask('P-999998')]);
    expect(JSON.stringify(client.body)).toBe(JSON.stringify(unknown.body));
    expect(client.body.data.person).toEqual({ dvServices: null, links: [] });
    expect(client.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
    // At the DV program and a school vs. at the school only.
    const [both, school] = await Promise.all([ask(dvAndSchool), ask(schoolOnly)]);
    expect(JSON.stringify(both.body)).toBe(JSON.stringify(school.body));
    expect(both.body.data.person.links).toEqual([{ system: 'schools' }]);
  });

  it('releases the DV view to the recipient a release names, and to nobody else', async () => {
    const caseworker = await ask(withRelease);
    expect(caseworker.body.errors).toBeUndefined();
    expect(caseworker.body.data.person.dvServices.localId).toBeTruthy();
    const counselor = await ask(withRelease, 'school-counselor');
    expect(counselor.body.data.person.dvServices).toBeNull();
    expect(counselor.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
  });

  it("lets the program's own advocate see its record without a release", async () => {
    const res = await ask(dvClientWithoutRelease, 'dv-advocate');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.person.dvServices.localId).toBeTruthy();
    expect(res.body.data.person.links.map((l: { system: string }) => l.system)).toContain('dv-shelter');
  });

  it('stops releasing on the very next request after revocation, and audits both', async () => {
    const [release] = await hub.dvReleases.list({ owner: 'dv-shelter', kind: 'vawa-release' });
    expect((await ask(withRelease)).body.data.person.dvServices).not.toBeNull();
    await hub.dvReleases.revoke(release.id, { by: { subject: 'dv-adv-0001', name: 'Rosa Delgado' }, reason: 'Client revoked in person' });
    const after = await ask(withRelease);
    expect(after.body.data.person.dvServices).toBeNull();
    expect(after.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);

    const entries = await hub.auditStores['dv-shelter'].disclosuresFor({ personId: withRelease });
    const decisions = entries.map((e) => [e.decision, e.legalBasis]);
    expect(decisions).toContainEqual(['PERMIT', `Consent/${release.id} (VAWA release)`]);
    expect(decisions[0]).toEqual(['DENY', expect.stringMatching(/no active release/)]);
    expect(entries[0]).toMatchObject({ actor: { subject: 'CW-W-0002', organization: 'county-child-welfare' }, purposeOfUse: 'COC', labels: ['SDV'] });
    expect((await hub.auditStores['dv-shelter'].verify()).ok).toBe(true);
  });
});

describe('no audit, no data', () => {
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

  it('withholds a permitted DV view when its audit cannot be written', async () => {
    const res = await hub.query(DV_VIEW, { id: withRelease });
    expect(res.body.data.person.dvServices).toBeNull();
    expect(res.body.errors?.map((e) => e.extensions?.code)).toContain('AUDIT_UNAVAILABLE');
    expect(JSON.stringify(res.body)).not.toMatch(/currentlyInShelter":(true|false)/);
  });
});
