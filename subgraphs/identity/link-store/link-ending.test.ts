/**
 * Ending links (`ended`) on PGlite and on Postgres: the row stays with its status, every reader
 * but history() treats it as no link, pending candidates of the record close, all audited in the
 * change's transaction; an older store's narrower status checks are widened when it is opened.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createLinkStoreIdentityAdapter } from '../../../adapters/identity/link-store-adapter.js';
import { ReviewCandidateError } from './link-store.js';
import { linkStoreBackends, type OpenedLinkStore } from './testing/link-store-backends.js';
import type { LinkActor, MaskedDemographics, NewLink } from './types.js';

const RUN: LinkActor = { subject: 'linkage-run', name: 'npm run linkage:run', organization: 'common-client-hub', roles: [], requestId: 'run-9' };
const REVIEWER: LinkActor = { subject: 'int-0001', name: 'Dana Kowalski', organization: 'county-collaborative', roles: ['integration-specialist'], requestId: 'req-1' };
const fields = (firstName: string): MaskedDemographics => ({
  firstName, middleName: null, lastName: 'Okonkwo', suffix: null, birthYear: 2011, sex: 'MALE', zip: '954**', ssnLast4: null,
});
const newLink = (personId: string, system: string, localId: string): NewLink =>
  ({ personId, system, localId, method: 'PROBABILISTIC', score: 0.99, band: 'MATCH', reason: 'run 1' });
const S1 = { system: 'schools', localId: 'S-1' };
const C1 = { system: 'child-welfare', localId: 'C-1' };
const B1 = { system: 'behavioral-health', localId: 'B-1' };

for (const backend of await linkStoreBackends()) {
  describe.skipIf(backend.skip)(`ending links on ${backend.name}`, () => {
    const opened: OpenedLinkStore[] = [];
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((o) => o.close()));
    });
    const open = () => {
      const o = backend.open();
      opened.push(o);
      return o;
    };

    it('keeps the ended row, shows it only in the history, and every reader treats it as no link', async () => {
      const { store, audit } = open();
      const [s1] = await store.link([newLink('P-1', S1.system, S1.localId), newLink('P-1', C1.system, C1.localId)], RUN);
      const { ended, closedCandidates } = await store.end([{ linkId: s1.linkId, reason: 'record no longer in schools' }], RUN);
      expect(closedCandidates).toBe(0);
      expect(ended).toEqual([expect.objectContaining({
        linkId: s1.linkId, personId: 'P-1', status: 'ended', endedBy: 'linkage-run', endReason: 'record no longer in schools', replacedBy: null,
      })]);
      expect(ended[0].endedAt).not.toBeNull();

      expect(await store.activeLinksOf([S1, C1])).toEqual([null, expect.objectContaining({ localId: 'C-1' })]);
      expect((await store.activeLinksByPersonIds(['P-1'])).get('P-1')?.map((l) => l.localId)).toEqual(['C-1']);
      expect((await store.allActiveLinks()).map((l) => l.localId)).toEqual(['C-1']);
      expect(await store.countActiveLinks()).toBe(1);
      expect((await store.history(S1)).map((l) => l.status)).toEqual(['ended']);
      // The identity adapter the person resolver and own-links read through: the record has no person.
      const adapter = createLinkStoreIdentityAdapter(store);
      expect(await adapter.personIdsByLocalRecords([S1, C1])).toEqual([null, 'P-1']);
      expect((await adapter.linksByPersonIds(['P-1']))[0]).toEqual([expect.objectContaining({ system: 'child-welfare', localId: 'C-1' })]);
      // Nothing to unmerge: an ended link is not a link.
      await expect(store.unmerge(S1, REVIEWER, 'wrong')).rejects.toThrow(/no active link/);

      const entries = await audit.disclosuresFor(S1);
      expect(entries.map((e) => [e.fields[0], e.requestId, e.personId, e.legalBasis])).toEqual([
        ['AgencyLink.ended', 'run-9', 'P-1', `link ${s1.linkId} ended: record no longer in schools`],
        ['AgencyLink.created', 'run-9', 'P-1', expect.stringContaining('run 1')],
      ]);
      expect((await audit.verify()).ok).toBe(true);

      // The record comes back: a new active link, the ended row stays in the history.
      await store.link([newLink('P-1', S1.system, S1.localId)], RUN);
      expect((await store.history(S1)).map((l) => l.status)).toEqual(['ended', 'active']);
    });

    it('closes the pending candidates of an ended record, audited, and re-opens the pair if it is queued again', async () => {
      const { store, audit } = open();
      const [s1] = await store.link([newLink('P-1', S1.system, S1.localId), newLink('P-2', C1.system, C1.localId), newLink('P-3', B1.system, B1.localId)], RUN);
      const pairWithS1 = { a: { ...S1, fields: fields('Bill') }, b: { ...C1, fields: fields('William') }, probability: 0.6, weight: 1, levels: { given: 'nickname' } };
      const other = { a: { ...C1, fields: fields('William') }, b: { ...B1, fields: fields('Will') }, probability: 0.5, weight: 0.5, levels: { given: 'nickname' } };
      const [withS1, untouched] = await store.enqueue([pairWithS1, other], RUN);

      const { closedCandidates } = await store.end([{ linkId: s1.linkId, reason: 'record no longer in schools' }], RUN);
      expect(closedCandidates).toBe(1);
      expect(await store.candidate(withS1.candidateId)).toMatchObject({
        status: 'closed', decidedBy: 'linkage-run', note: 'no longer offered: the link of schools S-1 ended (record no longer in schools)',
      });
      const { candidates, total } = await store.pendingCandidates(10, null);
      expect({ ids: candidates.map((c) => c.candidateId), total }).toEqual({ ids: [untouched.candidateId], total: 1 });
      await expect(store.decide(withS1.candidateId, 'accepted', REVIEWER, 'same')).rejects.toThrow(new ReviewCandidateError(
        `Review candidate ${withS1.candidateId} was closed: a record of the pair is no longer linked`, 'ALREADY_DECIDED'));
      expect(await store.rejectedPairs()).toEqual([]);
      const closedEntries = (await audit.disclosuresFor(C1)).filter((e) => e.fields[0] === 'LinkReviewCandidate.closed');
      expect(closedEntries.map((e) => e.legalBasis)).toEqual([expect.stringMatching(new RegExp(`^candidate ${withS1.candidateId} closed: `))]);

      // Never answered, so not a decision: when the pair scores in the review band again, it is asked.
      const again = await store.enqueue([pairWithS1], RUN);
      expect(again.map((c) => [c.candidateId, c.status, c.decidedBy, c.note])).toEqual([[withS1.candidateId, 'pending', null, null]]);
      expect((await audit.disclosuresFor(S1))[0]).toMatchObject({ fields: ['LinkReviewCandidate.queued'], legalBasis: expect.stringContaining('re-opened') });
      // A decided pair is still never asked again.
      await store.decide(untouched.candidateId, 'rejected', REVIEWER, 'different people');
      expect(await store.enqueue([other], RUN)).toEqual([]);
    });

    it('skips a link changed since it was read, and rejects bad input', async () => {
      const { store, audit } = open();
      const [s1] = await store.link([newLink('P-1', S1.system, S1.localId)], RUN);
      await store.link([{ ...newLink('P-2', S1.system, S1.localId), reason: 'moved' }], RUN);
      // s1 is superseded now: ending it by id does nothing, and the new link stays active.
      expect(await store.end([{ linkId: s1.linkId, reason: 'record no longer in schools' }], RUN)).toEqual({ ended: [], closedCandidates: 0 });
      expect((await store.activeLinksOf([S1]))[0]?.personId).toBe('P-2');
      expect((await audit.disclosuresFor(S1)).some((e) => e.fields[0] === 'AgencyLink.ended')).toBe(false);
      await expect(store.end([{ linkId: s1.linkId, reason: ' ' }], RUN)).rejects.toThrow(/end reason/);
      await expect(store.end([{ linkId: s1.linkId, reason: 'x' }, { linkId: s1.linkId, reason: 'y' }], RUN)).rejects.toThrow(/twice/);
    });

    it('changes nothing when the audit cannot be written', async () => {
      const { store, audit } = open();
      const [s1] = await store.link([newLink('P-1', S1.system, S1.localId)], RUN);
      const append = audit.append;
      audit.append = async () => { throw new Error('audit database down'); };
      try {
        await expect(store.end([{ linkId: s1.linkId, reason: 'record no longer in schools' }], RUN)).rejects.toThrow(/audit database down/);
      } finally {
        audit.append = append;
      }
      expect((await store.history(S1)).map((l) => l.status)).toEqual(['active']);
    });

    it('widens the status checks of a store created before links could end', async () => {
      const o = open();
      await o.store.countActiveLinks(); // creates the tables
      // The checks as the first version of the store created them.
      await o.sql.query(`ALTER TABLE ${o.prefix}_link DROP CONSTRAINT ${o.prefix}_link_status_check`);
      await o.sql.query(`ALTER TABLE ${o.prefix}_link ADD CONSTRAINT ${o.prefix}_link_status_check CHECK (status IN ('active', 'superseded', 'unmerged'))`);
      await o.sql.query(`ALTER TABLE ${o.prefix}_review_candidate DROP CONSTRAINT ${o.prefix}_review_candidate_status_check`);
      await o.sql.query(`ALTER TABLE ${o.prefix}_review_candidate ADD CONSTRAINT ${o.prefix}_review_candidate_status_check CHECK (status IN ('pending', 'accepted', 'rejected'))`);
      const [s1] = await o.store.link([newLink('P-1', S1.system, S1.localId)], RUN);
      await expect(o.store.end([{ linkId: s1.linkId, reason: 'gone' }], RUN)).rejects.toThrow(/status_check/);

      const reopened = o.reopen();
      expect((await reopened.end([{ linkId: s1.linkId, reason: 'gone' }], RUN)).ended).toHaveLength(1);
      const pair = { a: { ...S1, fields: fields('Bill') }, b: { ...C1, fields: fields('William') }, probability: 0.6, weight: 1, levels: {} };
      await reopened.link([newLink('P-1', S1.system, S1.localId)], RUN);
      const [candidate] = await reopened.enqueue([pair], RUN);
      const [again] = await reopened.activeLinksOf([S1]);
      expect((await reopened.end([{ linkId: again!.linkId, reason: 'gone' }], RUN)).closedCandidates).toBe(1);
      expect((await reopened.candidate(candidate.candidateId))?.status).toBe('closed');
    });
  });
}
