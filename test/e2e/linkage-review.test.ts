/**
 * The linkage review queue through the gateway: integration specialists list the middle-band
 * pairs side by side with masked fields, accept or reject them with a note; every shown record and
 * every decision is in the identity audit chain; anyone else gets the uniform ACCESS_DENIED.
 * The queue is filled by a real linkage run over the synthetic agencies' demographics.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_CANDIDATE_MUTATION, exampleOperationsFor, REVIEW_QUEUE_QUERY } from '../../gateway/src/explorer/example-operations.js';
import { readAllDemographics, type DemographicRecord } from '../../adapters/port/demographics.js';
import { createSyntheticDemographicsSources } from '../../adapters/synthetic/demographics.js';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { linkIntoStore } from '../../subgraphs/identity/linkage/run/link-into-store.js';
import { seedLinksIfEmpty } from '../../subgraphs/identity/link-store/seed-links.js';
import { createSqlLinkStore } from '../../subgraphs/identity/link-store/sql-link-store.js';
import { createPgliteClient } from '../../subgraphs/shared/sql/pglite-client.js';
import { ACCESS_DENIED } from '../../subgraphs/shared/policy/access-denied.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

const population = generatePopulation({ size: 2000, seed: 23 });
const releasedDv = population.identity.links.find((l) => l.system === 'dv-shelter')!;

const QUEUE = `query ($first: Int, $after: String) {
  linkageReviewQueue(first: $first, after: $after) {
    totalCount endCursor hasNextPage
    candidates {
      id probability weight status
      a { system localId firstName middleName lastName suffix birthYear sex zip ssnLast4 }
      b { system localId firstName middleName lastName suffix birthYear sex zip ssnLast4 }
      comparisons { field level }
    }
  }
}`;
const ACCEPT = 'mutation ($id: ID!, $note: String!) { acceptLinkCandidate(id: $id, note: $note) { id status decidedBy decidedAt note } }';
const REJECT = 'mutation ($id: ID!, $note: String!) { rejectLinkCandidate(id: $id, note: $note) { id status decidedBy note } }';
const PERSON_OF = 'query ($system: String!, $localId: ID!) { localRecord(system: $system, localId: $localId) { person { id links { system localId method confirmedBy confirmedAt } } } }';

describe('linkage review queue through the gateway', () => {
  let hub: InProcessHub;
  let records: DemographicRecord[];
  const as = async (who: 'integration-specialist' | 'caseworker') => ({ authorization: `Bearer ${await hub.tokenFor(who)}` });

  beforeAll(async () => {
    records = (await Promise.all(createSyntheticDemographicsSources(population).map((s) => readAllDemographics(s)))).flat();
    hub = await startInProcessHub({
      population,
      linkStore: async (audit) => {
        const store = createSqlLinkStore({ client: createPgliteClient(), audit });
        await seedLinksIfEmpty(store, population.identity.links, '23/2000');
        // One DV client released for linkage keeps its link through the run (the others' links end:
        // the hub holds a DV link only under a release), so the unmerge test below meets a real DV link.
        await linkIntoStore({ sources: createSyntheticDemographicsSources(population, { releasedDvLocalIds: new Set([releasedDv.localId]) }), store, runId: 'e2e-run' });
        expect((await store.activeLinksOf([releasedDv]))[0]).not.toBeNull();
        return store;
      },
    });
  }, 180_000);
  afterAll(() => hub?.close());

  it('denies everyone but integration specialists, uniformly', async () => {
    const headers = await as('caseworker');
    for (const [query, variables] of [[QUEUE, {}], [ACCEPT, { id: '1', note: 'x' }], [REJECT, { id: '1', note: 'x' }]] as const) {
      const res = await hub.query(query, variables, headers);
      expect(res.body.data).toBeNull();
      expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual([ACCESS_DENIED]);
    }
  });

  it('lists the middle band side by side, masked: birth year, ZIP3, SSN last 4, no DV record', async () => {
    const res = await hub.query(QUEUE, { first: 50 }, await as('integration-specialist'));
    expect(res.body.errors).toBeUndefined();
    const queue = res.body.data.linkageReviewQueue;
    expect(queue.totalCount).toBeGreaterThan(1);
    const body = JSON.stringify(res.body);
    for (const c of queue.candidates) {
      expect(c.status).toBe('PENDING');
      expect(c.probability).toBeGreaterThan(0);
      expect(c.probability).toBeLessThan(1);
      expect(c.comparisons.map((x: { field: string }) => x.field)).toContain('birthDate');
      for (const side of [c.a, c.b]) {
        expect(side.system).not.toBe('dv-shelter');
        const full = records.find((r) => r.system === side.system && r.localId === side.localId)!;
        expect(side.firstName).toBe(full.firstName);
        expect(side.birthYear).toBe(full.birthDate ? Number(full.birthDate.slice(0, 4)) : null);
        if (full.birthDate) expect(body).not.toContain(full.birthDate);
        if (full.ssn) {
          expect(body).not.toContain(full.ssn);
          expect(side.ssnLast4).toBe(full.ssn.slice(-4));
        }
        if (side.zip !== null) expect(side.zip).toMatch(/^\d{3}\*\*$/);
      }
    }
    const shown = queue.candidates[0].a;
    const entries = await hub.auditStores.identity.disclosuresFor({ system: shown.system, localId: shown.localId });
    expect(entries.some((e) => e.actor.subject === 'int-0001' && e.decision === 'PERMIT' && e.fields.includes('LinkReviewRecord.firstName'))).toBe(true);
  });

  it('pages with first / after', async () => {
    const headers = await as('integration-specialist');
    const one = (await hub.query(QUEUE, { first: 1 }, headers)).body.data.linkageReviewQueue;
    expect(one.candidates).toHaveLength(1);
    expect(one.hasNextPage).toBe(true);
    const two = (await hub.query(QUEUE, { first: 1, after: one.endCursor }, headers)).body.data.linkageReviewQueue;
    expect(two.candidates[0].id).not.toBe(one.candidates[0].id);
    const bad = await hub.query(QUEUE, { first: 1000 }, headers);
    expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("the explorer's saved operations run as they stand for the integration specialist, and only open for them", async () => {
    const headers = await as('integration-specialist');
    const queue = await hub.query(REVIEW_QUEUE_QUERY, undefined, headers);
    expect(queue.body.errors).toBeUndefined();
    expect(queue.body.data.linkageReviewQueue.candidates.length).toBeGreaterThan(0);
    const accept = await hub.query(ACCEPT_CANDIDATE_MUTATION, undefined, headers);
    expect(accept.body.errors).toBeUndefined();
    expect(accept.body.data.acceptLinkCandidate).toMatchObject({ id: '1', status: 'ACCEPTED', decidedBy: 'int-0001' });
    expect(exampleOperationsFor('integration-specialist').map((op) => op.title)).toEqual(['Caseload', 'Person', 'Review queue', 'Accept a candidate']);
    expect(exampleOperationsFor('caseworker').map((op) => op.title)).toEqual(['Caseload', 'Person']);
  });

  it('accept links the pair under one person, confirmed by the specialist, and audits it', async () => {
    const headers = await as('integration-specialist');
    const [candidate] = (await hub.query(QUEUE, { first: 1 }, headers)).body.data.linkageReviewQueue.candidates;
    const res = await hub.query(ACCEPT, { id: candidate.id, note: 'Nickname and same birth year, same ZIP' }, headers);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.acceptLinkCandidate).toMatchObject({ id: candidate.id, status: 'ACCEPTED', decidedBy: 'int-0001', note: 'Nickname and same birth year, same ZIP' });
    const caseworker = await as('caseworker');
    const [pa, pb] = await Promise.all([candidate.a, candidate.b].map((s) =>
      hub.query(PERSON_OF, { system: s.system, localId: s.localId }, caseworker).then((r) => r.body.data.localRecord.person)));
    expect(pa.id).toBe(pb.id);
    expect(pb.links).toContainEqual(expect.objectContaining({ system: candidate.b.system, localId: candidate.b.localId, method: 'CLERICAL_REVIEW', confirmedBy: 'int-0001' }));
    const entries = await hub.auditStores.identity.disclosuresFor({ system: candidate.b.system, localId: candidate.b.localId });
    expect(entries.some((e) => e.fields.includes('LinkReviewCandidate.accepted') && e.actor.subject === 'int-0001' && e.legalBasis.includes('Nickname'))).toBe(true);
    expect(entries.some((e) => e.fields.includes('AgencyLink.created') && e.actor.subject === 'int-0001')).toBe(true);
    expect((await hub.auditStores.identity.verify()).ok).toBe(true);
    // Decided once: a second decision is refused and changes nothing.
    const again = await hub.query(REJECT, { id: candidate.id, note: 'changed my mind' }, headers);
    expect(again.body.errors?.[0].extensions?.code).toBe('ALREADY_DECIDED');
  });

  it('unmerge undoes an accepted link, back to the person the record had, and keeps the history', async () => {
    const headers = await as('integration-specialist');
    const caseworker = await as('caseworker');
    const personOf = async (s: { system: string; localId: string }) =>
      (await hub.query(PERSON_OF, s, caseworker)).body.data.localRecord.person.id as string;
    const [candidate] = (await hub.query(QUEUE, { first: 1 }, headers)).body.data.linkageReviewQueue.candidates;
    const b = { system: candidate.b.system, localId: candidate.b.localId };
    const before = await personOf(b);
    await hub.query(ACCEPT, { id: candidate.id, note: 'same person' }, headers);
    const merged = await personOf({ system: candidate.a.system, localId: candidate.a.localId });
    expect(await personOf(b)).toBe(merged);

    const UNMERGE = 'mutation ($system: String!, $localId: ID!, $note: String!) { unmergeLink(system: $system, localId: $localId, note: $note) { system localId person { id } } }';
    const denied = await hub.query(UNMERGE, { ...b, note: 'x' }, caseworker);
    expect(denied.body.errors?.map((e) => e.extensions?.code)).toEqual([ACCESS_DENIED]);
    const res = await hub.query(UNMERGE, { ...b, note: 'Twins: different given names on the birth certificates' }, headers);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.unmergeLink.person.id).toBe(before);
    const entries = await hub.auditStores.identity.disclosuresFor({ ...b });
    expect(entries[1]).toMatchObject({ fields: ['AgencyLink.unmerged'], personId: merged, actor: expect.objectContaining({ subject: 'int-0001' }) });
    expect(entries[0]).toMatchObject({ fields: ['AgencyLink.created'], personId: before });
    // A DV record with an active link (released for linkage) reads as having no link at all, like an unknown one.
    const dv = releasedDv;
    const [dvRes, unknownRes] = await Promise.all([
      hub.query(UNMERGE, { system: 'dv-shelter', localId: dv.localId, note: 'x' }, headers),
      hub.query(UNMERGE, { system: 'dv-shelter', localId: 'DV-NOBODY', note: 'x' }, headers),
    ]);
    expect(dvRes.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(dvRes.body.errors?.[0].message.replace(dv.localId, '?')).toBe(unknownRes.body.errors?.[0].message.replace('DV-NOBODY', '?'));
  });

  it('reject records who, when and why, and the pair leaves the queue', async () => {
    const headers = await as('integration-specialist');
    const before = (await hub.query(QUEUE, { first: 1 }, headers)).body.data.linkageReviewQueue;
    const res = await hub.query(REJECT, { id: before.candidates[0].id, note: 'Different birth years and sex' }, headers);
    expect(res.body.data.rejectLinkCandidate).toMatchObject({ status: 'REJECTED', decidedBy: 'int-0001', note: 'Different birth years and sex' });
    const after = (await hub.query(QUEUE, { first: 1 }, headers)).body.data.linkageReviewQueue;
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(after.candidates[0].id).not.toBe(before.candidates[0].id);
  });

  it('refuses a decision without a reason or with a malformed id, with a clear error', async () => {
    const headers = await as('integration-specialist');
    const blank = await hub.query(ACCEPT, { id: '1', note: '   ' }, headers);
    expect(blank.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(blank.body.errors?.[0].message).toMatch(/note/);
    const badId = await hub.query(ACCEPT, { id: 'x; drop', note: 'ok' }, headers);
    expect(badId.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await hub.query(ACCEPT, { id: '999999', note: 'ok' }, headers);
    expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
