/**
 * The behaviour every ConsentStore must show, run against each database the SQL store supports
 * (PGlite always, Postgres when a server answers). The clock is the harness's, so expiry and
 * revocation are tested at exact instants.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AgencySystem } from '../../../../adapters/port/agency-systems.js';
import { ConsentNotFoundError, ConsentRefusedError } from '../consent-errors.js';
import { consentStateAt } from '../consent-state.js';
import type { ActiveConsentQuery, ConsentStore } from '../consent-store.js';
import { NOW, advocate, part2Consent, vawaRelease } from './sample-consents.js';

export interface ConsentStoreHarness {
  /** A store on the suite's namespace (a second call = another replica on the same tables). */
  open(options: { now: () => Date; owner?: AgencySystem }): ConsentStore;
  /** SQL straight at the database, bypassing the store. */
  sql(text: string, params?: unknown[]): Promise<unknown>;
  /** The table the store writes, for the raw SQL tests. */
  table: string;
  close(): Promise<void>;
}

const caseworker = { organization: 'county-child-welfare', roles: ['caseworker'], person: 'CW-W-0002' };

export function describeConsentStore(name: string, makeHarness: () => Promise<ConsentStoreHarness>, options: { skip?: boolean } = {}): void {
  describe.skipIf(options.skip ?? false)(name, () => {
    let harness: ConsentStoreHarness;
    let store: ConsentStore;
    let clock: Date;
    let n = 0;
    /** A person id no other test uses, so tests share the namespace without seeing each other. */
    const person = () => `P-${++n}-${Math.random().toString(36).slice(2, 8)}`;
    const dvQuery = (personId: string, overrides: Partial<ActiveConsentQuery> = {}): ActiveConsentQuery => ({
      owner: 'dv-shelter', personId, recipient: caseworker, purpose: 'COC', dataClass: 'SDV', at: clock, ...overrides,
    });

    beforeAll(async () => {
      harness = await makeHarness();
      store = harness.open({ now: () => clock });
    });
    beforeEach(() => {
      clock = NOW;
    });
    afterAll(async () => {
      await store?.close();
      await harness?.close();
    });

    it('records a consent and reads it back whole', async () => {
      const personId = person();
      const recorded = await store.record(vawaRelease({ personId }));
      expect(recorded).toMatchObject({ status: 'active', recordedAt: NOW.toISOString(), recordedBy: advocate });
      expect(recorded.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(await store.get(recorded.id)).toEqual(recorded);
      expect(await store.list({ personId })).toEqual([recorded]);
      expect(await store.list({ subject: { system: 'dv-shelter', localId: 'DV-1' }, kind: 'vawa-release', owner: 'dv-shelter' })).toContainEqual(recorded);
      expect(await store.get('no-such-id')).toBeNull();
    });

    it('refuses an invalid consent with its problems, and stores nothing', async () => {
      const personId = person();
      const refused = store.record(vawaRelease({ personId, grantors: [{ name: 'X', relationship: 'self', flaggedAbuser: true }] }));
      await expect(refused).rejects.toBeInstanceOf(ConsentRefusedError);
      await expect(refused).rejects.toMatchObject({ problems: expect.arrayContaining([expect.stringMatching(/abuser/)]) });
      expect(await store.list({ personId, includeInactive: true })).toEqual([]);
    });

    it('finds an active consent for the right recipient, purpose, class and time', async () => {
      const personId = person();
      const release = await store.record(vawaRelease({ personId }));
      expect(await store.activeFor(dvQuery(personId))).toEqual([release]);
      expect(await store.activeFor(dvQuery('someone-else', { subject: { system: 'dv-shelter', localId: 'DV-1' } }))).toContainEqual(release);
      expect(await store.activeFor(dvQuery(personId, { recipient: { ...caseworker, organization: 'unified-school-district' } }))).toEqual([]);
      expect(await store.activeFor(dvQuery(personId, { purpose: 'TREAT' }))).toEqual([]);
      expect(await store.activeFor(dvQuery(personId, { dataClass: 'SUD' }))).toEqual([]);
      expect(await store.activeFor(dvQuery(personId, { dataClass: ['SDV', 'PSY'] }))).toEqual([]);
      expect(await store.activeFor(dvQuery(personId, { owner: 'behavioral-health' }))).toEqual([]);
    });

    it('honours the period: not before it starts, not from the day after it ends', async () => {
      const personId = person();
      const release = await store.record(vawaRelease({ personId, period: { start: '2026-05-10', end: '2026-06-30' }, signedOn: '2026-04-30' }));
      const at = (iso: string) => store.activeFor(dvQuery(personId, { at: new Date(iso) }));
      expect(await at('2026-05-09T23:59:59Z')).toEqual([]);
      expect(await at('2026-05-10T00:00:00Z')).toEqual([release]);
      expect(await at('2026-06-30T23:59:59Z')).toEqual([release]);
      expect(await at('2026-07-01T00:00:00Z')).toEqual([]);
      for (const iso of ['2026-05-09T23:59:59Z', '2026-05-10T00:00:00Z', '2026-06-30T23:59:59Z', '2026-07-01T00:00:00Z']) {
        expect(consentStateAt(release, new Date(iso)) === 'active').toBe((await at(iso)).length === 1);
      }
    });

    it('matches role actors by role in that organization, and person actors by subject', async () => {
      const personId = person();
      const consent = await store.record(part2Consent({ personId }));
      const bh = { owner: 'behavioral-health', personId, recipient: caseworker, purpose: 'TREAT', dataClass: ['SUD', 'PSY'], at: clock } as const;
      expect(await store.activeFor(bh)).toEqual([consent]);
      expect(await store.activeFor({ ...bh, recipient: { ...caseworker, roles: ['supervisor'] } })).toEqual([]);
      expect(await store.activeFor({ ...bh, recipient: { ...caseworker, organization: 'other-county' } })).toEqual([]);
      const named = await store.record(part2Consent({
        personId, actors: [{ kind: 'person', reference: 'CW-W-0002', organization: 'county-child-welfare', display: 'Francisca De la Cruz' }],
      }));
      expect(await store.activeFor({ ...bh, recipient: { ...caseworker, roles: ['supervisor'] } })).toEqual([named]);
      expect(await store.activeFor({ ...bh, recipient: { ...caseworker, roles: [], person: 'CW-W-0009' } })).toEqual([]);
    });

    it('takes a revocation into account on the very next call, and keeps who, when and why', async () => {
      const personId = person();
      const release = await store.record(vawaRelease({ personId }));
      expect(await store.activeFor(dvQuery(personId))).toHaveLength(1);
      clock = new Date(NOW.getTime() + 60_000);
      const revoked = await store.revoke(release.id, { by: advocate, reason: 'client revoked by phone' });
      expect(revoked).toMatchObject({ status: 'inactive', revokedAt: clock.toISOString(), revokedBy: advocate, revocationReason: 'client revoked by phone' });
      expect(await store.activeFor(dvQuery(personId))).toEqual([]);
      // What held before the revocation still reads as active then (accounting of disclosures).
      expect(await store.activeFor(dvQuery(personId, { at: NOW }))).toHaveLength(1);
      expect(consentStateAt(revoked, clock)).toBe('revoked');
      expect(await store.get(release.id)).toEqual(revoked);
    });

    it('refuses to revoke twice, an unknown consent, without a reason, or into the future', async () => {
      const release = await store.record(vawaRelease({ personId: person() }));
      await expect(store.revoke('nope', { by: advocate, reason: 'x' })).rejects.toBeInstanceOf(ConsentNotFoundError);
      await expect(store.revoke(release.id, { by: advocate, reason: ' ' })).rejects.toBeInstanceOf(ConsentRefusedError);
      await expect(store.revoke(release.id, { by: advocate, reason: 'x', at: new Date(NOW.getTime() + 3_600_000) })).rejects.toBeInstanceOf(ConsentRefusedError);
      await store.revoke(release.id, { by: advocate, reason: 'client asked' });
      await expect(store.revoke(release.id, { by: advocate, reason: 'again' })).rejects.toMatchObject({ problems: [expect.stringMatching(/already revoked/)] });
    });

    it('lists consents in force by default, and revoked or expired ones on request', async () => {
      const personId = person();
      const kept = await store.record(vawaRelease({ personId }));
      const revoked = await store.record(vawaRelease({ personId }));
      const expiring = await store.record(vawaRelease({ personId, period: { start: '2026-04-20', end: '2026-05-01' } }));
      await store.revoke(revoked.id, { by: advocate, reason: 'client asked' });
      clock = new Date('2026-05-02T00:00:00Z');
      expect(await store.list({ personId })).toEqual([kept]);
      expect((await store.list({ personId, includeInactive: true })).map((c) => c.id).sort()).toEqual([kept.id, revoked.id, expiring.id].sort());
      expect(consentStateAt(expiring, clock)).toBe('expired');
    });

    it('never deletes a consent, even by SQL straight at the table', async () => {
      const release = await store.record(vawaRelease({ personId: person() }));
      await expect(harness.sql(`DELETE FROM ${harness.table} WHERE id = $1`, [release.id])).rejects.toThrow(/never deleted/);
      expect(await store.get(release.id)).not.toBeNull();
    });

    it('a store bound to one owner keeps to that owner', async () => {
      const dv = harness.open({ now: () => clock, owner: 'dv-shelter' });
      try {
        await expect(dv.record(part2Consent())).rejects.toMatchObject({ problems: [expect.stringMatching(/holds dv-shelter's consents/)] });
        const personId = person();
        const bhConsent = await store.record(part2Consent({ personId }));
        expect(await dv.get(bhConsent.id)).toBeNull();
        expect(await dv.list({ personId, includeInactive: true })).toEqual([]);
        const release = await dv.record(vawaRelease({ personId }));
        expect(await dv.list({ personId })).toEqual([release]);
        expect(await store.get(release.id)).toEqual(release); // another replica sees it at once
      } finally {
        await dv.close();
      }
    });

    it('reports its health', async () => {
      expect(await store.health()).toMatchObject({ ok: true });
    });
  });
}
