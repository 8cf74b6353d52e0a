import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runAdapterConformance } from '../../../adapters/conformance/index.js';
import { createLinkStoreIdentityAdapter } from '../../../adapters/identity/link-store-adapter.js';
import type { AuditStore } from '../../shared/audit/audit-store.js';
import { AuditUnavailableError } from '../../shared/audit/audit-store.js';
import { createPgliteClient } from '../../shared/sql/pglite-client.js';
import { createSqlAuditStore } from '../../shared/audit/sql-audit-store.js';
import type { LinkStore } from './link-store.js';
import { seedLinksIfEmpty, SeedMismatchError } from './seed-links.js';
import { createSqlLinkStore } from './sql-link-store.js';
import type { LinkActor, MaskedDemographics } from './types.js';

const REVIEWER: LinkActor = { subject: 'int-0001', name: 'Dana Kowalski', organization: 'county-collaborative', roles: ['integration-specialist'], requestId: 'req-1' };

function openStore(audit?: AuditStore): { store: LinkStore; audit: AuditStore; close(): Promise<void> } {
  const auditClient = createPgliteClient();
  const chain = audit ?? createSqlAuditStore({ client: auditClient, chain: 'identity' });
  const store = createSqlLinkStore({ client: createPgliteClient(), audit: chain });
  return { store, audit: chain, close: async () => { await store.close(); await auditClient.close(); } };
}

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => o.close()));
});
const fresh = (audit?: AuditStore) => {
  const s = openStore(audit);
  opened.push(s);
  return s;
};

const fields = (firstName: string): MaskedDemographics => ({
  firstName, middleName: null, lastName: 'Okonkwo', suffix: null, birthYear: 2011, sex: 'MALE', zip: '95404', ssnLast4: null,
});

describe('identity adapter over the link store', () => {
  // One embedded database for the kit's many fresh adapters' links, one for their audit chains
  // (two, because PGlite has one connection: a link change appends its audit inside its own
  // transaction); each adapter gets its own tables and chain, so none sees another's links.
  const shared = createPgliteClient();
  const sharedAudit = createPgliteClient();
  afterAll(async () => {
    await shared.close();
    await sharedAudit.close();
  });
  let n = 0;
  runAdapterConformance(it, {
    domain: 'identity',
    createAdapter: async (links) => {
      const name = `conformance_${++n}`;
      const audit = createSqlAuditStore({ client: sharedAudit, chain: name, closeClient: false });
      const store = createSqlLinkStore({ client: shared, audit, prefix: name, closeClient: false });
      await seedLinksIfEmpty(store, links, 'fixture');
      return createLinkStoreIdentityAdapter(store);
    },
    options: { timeoutMs: 30_000 },
  });
});

describe('link store', () => {
  it('unmerge restores the earlier state and keeps every row of history', async () => {
    const { store, audit } = fresh();
    await store.link([
      { personId: 'P-1', system: 'schools', localId: 'S-1', method: 'PROBABILISTIC', score: 0.99, band: 'MATCH', reason: 'run 1' },
      { personId: 'P-2', system: 'child-welfare', localId: 'C-9', method: 'PROBABILISTIC', score: 0.98, band: 'MATCH', reason: 'run 1' },
    ], REVIEWER);
    // A later change moves the schools record to another person...
    await store.link([{ personId: 'P-2', system: 'schools', localId: 'S-1', method: 'CLERICAL_REVIEW', score: 0.7, band: 'REVIEW', confirmed: true, reason: 'accepted' }], REVIEWER);
    expect((await store.activeLinksOf([{ system: 'schools', localId: 'S-1' }]))[0]?.personId).toBe('P-2');
    // ...and unmerging it puts it back with the person it had before.
    const restored = await store.unmerge({ system: 'schools', localId: 'S-1' }, REVIEWER, 'not the same child');
    expect(restored).toMatchObject({ personId: 'P-1', method: 'PROBABILISTIC', score: 0.99, status: 'active' });
    const history = await store.history({ system: 'schools', localId: 'S-1' });
    expect(history.map((h) => [h.personId, h.status, h.method])).toEqual([
      ['P-1', 'superseded', 'PROBABILISTIC'],
      ['P-2', 'unmerged', 'CLERICAL_REVIEW'],
      ['P-1', 'active', 'PROBABILISTIC'],
    ]);
    expect(history[1]).toMatchObject({ confirmedBy: 'int-0001', endedBy: 'int-0001', endReason: 'not the same child', replacedBy: history[2].linkId });
    expect(history[0].replacedBy).toBe(history[1].linkId);
    const entries = await audit.disclosuresFor({ system: 'schools', localId: 'S-1' });
    expect(entries.map((e) => e.fields[0]).reverse()).toEqual([
      'AgencyLink.created', 'AgencyLink.superseded', 'AgencyLink.created', 'AgencyLink.unmerged', 'AgencyLink.created',
    ]);
    expect((await audit.verify()).ok).toBe(true);
  });

  it('unmerging a record that was never re-linked gives it a new person of its own', async () => {
    const { store } = fresh();
    await store.link([{ personId: 'P-1', system: 'schools', localId: 'S-1', method: 'PROBABILISTIC', score: 0.99, band: 'MATCH', reason: 'r' }], REVIEWER);
    const alone = await store.unmerge({ system: 'schools', localId: 'S-1' }, REVIEWER, 'wrong');
    expect(alone.personId).toMatch(/^P-L\d{6}$/);
    await expect(store.unmerge({ system: 'schools', localId: 'nobody' }, REVIEWER, 'x')).rejects.toThrow(/no active link/);
  });

  it('refuses a link change it cannot audit, and changes nothing', async () => {
    const failing: AuditStore = {
      append: async () => { throw new AuditUnavailableError('audit database down'); },
      verify: async () => ({ ok: true, entries: 0 }),
      disclosuresFor: async () => [],
      health: async () => ({ status: 'down', checkedAt: new Date().toISOString(), detail: 'down' }),
      close: async () => {},
    };
    const { store } = fresh(failing);
    await expect(
      store.link([{ personId: 'P-1', system: 'schools', localId: 'S-1', method: 'PROBABILISTIC', score: 0.9, band: 'MATCH', reason: 'r' }], REVIEWER),
    ).rejects.toBeInstanceOf(AuditUnavailableError);
    expect(await store.history({ system: 'schools', localId: 'S-1' })).toEqual([]);
    await expect(store.enqueue([{ a: { system: 'schools', localId: 'S-1', fields: fields('Bill') }, b: { system: 'child-welfare', localId: 'C-1', fields: fields('William') }, probability: 0.5, weight: 0, levels: {} }], REVIEWER))
      .rejects.toBeInstanceOf(AuditUnavailableError);
    expect((await store.pendingCandidates(10, null)).total).toBe(0);
  });

  it('rejects bad input with a clear error and loses nothing', async () => {
    const { store } = fresh();
    const link = { personId: 'P-1', system: 'schools', localId: 'S-1', method: 'PROBABILISTIC' as const, score: 0.9, band: null, reason: 'r' };
    await expect(store.link([link, { ...link, personId: 'P-2' }], REVIEWER)).rejects.toThrow(/appears twice/);
    await expect(store.link([{ ...link, score: 1.5 }], REVIEWER)).rejects.toThrow(/score/);
    expect(await store.countActiveLinks()).toBe(0);
  });

  it('queues a pair once, and accepting links the two records under one person, confirmed', async () => {
    const { store } = fresh();
    await store.link([{ personId: 'P-7', system: 'child-welfare', localId: 'C-1', method: 'PROBABILISTIC', score: 1, band: null, reason: 'r' }], REVIEWER);
    const pair = { a: { system: 'schools', localId: 'S-1', fields: fields('Bill') }, b: { system: 'child-welfare', localId: 'C-1', fields: fields('William') }, probability: 0.6, weight: 1.2, levels: { given: 'nickname' } };
    expect(await store.enqueue([pair], REVIEWER)).toHaveLength(1);
    expect(await store.enqueue([{ ...pair, a: pair.b, b: pair.a }], REVIEWER)).toHaveLength(0);
    const { candidates } = await store.pendingCandidates(10, null);
    const accepted = await store.decide(candidates[0].candidateId, 'accepted', REVIEWER, 'same child: nickname, same birth year and ZIP');
    expect(accepted).toMatchObject({ status: 'accepted', decidedBy: 'int-0001', note: 'same child: nickname, same birth year and ZIP' });
    const [link] = await store.activeLinksOf([{ system: 'schools', localId: 'S-1' }]);
    expect(link).toMatchObject({ personId: 'P-7', method: 'CLERICAL_REVIEW', confirmedBy: 'int-0001' });
    await expect(store.decide(candidates[0].candidateId, 'rejected', REVIEWER, 'x')).rejects.toThrow(/already accepted/);
    await expect(store.decide(999, 'rejected', REVIEWER, 'x')).rejects.toThrow(/No review candidate 999/);
  });

  it('refuses to serve a store seeded from another population', async () => {
    const { store } = fresh();
    const links = [{ personId: 'P-1', system: 'schools', localId: 'S-1', method: 'SEEDED' as const, score: 1, linkedAt: '2024-01-01T00:00:00.000Z' }];
    expect(await seedLinksIfEmpty(store, links, '1/10')).toBe(1);
    expect(await seedLinksIfEmpty(store, links, '1/10')).toBe(0);
    await expect(seedLinksIfEmpty(store, links, '2/10')).rejects.toBeInstanceOf(SeedMismatchError);
  });
});
