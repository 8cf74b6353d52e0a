/**
 * The kit tests itself: every check passes against a reference adapter that keeps the contract,
 * and the checks named below FAIL, for the stated reason, against adapters broken on purpose.
 * A check that cannot fail proves nothing.
 */
import { describe, expect, it } from 'vitest';
import type { ChildWelfareAdapter } from '../child-welfare/port.js';
import type { IdentityAdapter } from '../identity/port.js';
import { InvalidLocalIdError } from '../port/local-id.js';
import {
  type Domain,
  checkAfterCursorWalksEveryone,
  checkCapabilities,
  checkClose,
  checkDirectoryOrderedById,
  checkDuplicateKeys,
  checkEmptyOwners,
  checkHealth,
  checkInvalidKeys,
  checkKnownKeys,
  checkLinksKeyedByPair,
  checkListOrder,
  checkLoaderBatchesOneTick,
  checkResultsNotShared,
  checkShuffledOrder,
  checkUnicodeRoundTrip,
  checkUnknownKeys,
  demographicsAdapterChecks,
  dvDemographicsAdapterChecks,
  runAdapterConformance,
} from './index.js';
import { arraySource } from '../synthetic/demographics.js';
import { dvShelterDemographics, schoolsDemographics } from '../synthetic/dataset-demographics.js';
import type { DemographicRecord, DemographicsSource } from '../port/demographics.js';
import { withholdingValues } from './violation.js';
import {
  adapterContext,
  createEmbedded,
  createReference,
  fixtureOf,
  methodContext,
  rewriteBatches,
} from './self-test-doubles.js';

const DOMAINS: Domain[] = ['identity', 'child-welfare', 'behavioral-health', 'dv-shelter', 'schools'];

for (const domain of DOMAINS) {
  describe(`kit against the ${domain} reference adapter`, () => {
    runAdapterConformance(it, { domain, createAdapter: async (data) => createReference(domain, data) });
  });
}
for (const domain of ['identity', 'child-welfare'] as const) {
  describe(`kit against the ${domain} reference adapter, case-folding ids`, () => {
    runAdapterConformance(it, {
      domain,
      createAdapter: async (data) => createReference(domain, data),
      options: { caseSensitiveIds: false },
    });
  });
}

type Rewrite = Parameters<typeof rewriteBatches>[2];
const reference = <D extends Domain>(domain: D) => createReference(domain, fixtureOf(domain));
const broken = <D extends Domain>(domain: D, rewrite: Rewrite) => rewriteBatches(domain, reference(domain), rewrite);
const each = (f: (r: unknown) => unknown): Rewrite => (_keys, results) => results.map(f);
const isValid = (key: unknown) => typeof key === 'string' && /^[\p{L}\p{N}._:-]{1,64}$/u.test(key);

describe('kit checks fail against broken adapters', () => {
  it('answers in the wrong order', async () => {
    const adapter = broken('schools', (_keys, results) => [...results].reverse());
    const ctx = methodContext('schools', 'studentsByIds', adapter);
    await expect(checkShuffledOrder(ctx)).rejects.toThrow(/studentsByIds: key .* at index 0/);
    await expect(checkDuplicateKeys(ctx)).rejects.toThrow(/at index/);
  });

  it('rejects the whole batch for one bad key', async () => {
    const adapter = broken('dv-shelter', async (keys, results) => {
      const at = keys.findIndex((key) => !isValid(key));
      if (at >= 0) throw new InvalidLocalIdError(keys[at], 'bad key');
      return results;
    });
    const ctx = methodContext('dv-shelter', 'clientsByIds', adapter);
    await expect(checkInvalidKeys(ctx)).rejects.toThrow(/rejected the whole batch/);
  });

  it('answers null (not an Error) for an invalid key', async () => {
    const adapter = broken('dv-shelter', each((r) => (r instanceof Error ? null : r)));
    const ctx = methodContext('dv-shelter', 'enrollmentsByClientIds', adapter);
    await expect(checkInvalidKeys(ctx)).rejects.toThrow(/must answer an InvalidLocalIdError, answered null/);
  });

  it('answers undefined for unknown keys', async () => {
    const adapter = broken('child-welfare', each((r) => (r === null ? undefined : r)));
    const ctx = methodContext('child-welfare', 'childrenByIds', adapter);
    await expect(checkUnknownKeys(ctx)).rejects.toThrow(/must answer null, answered undefined/);
  });

  it('drops an entry', async () => {
    const adapter = broken('behavioral-health', (_keys, results) => results.slice(1));
    const ctx = methodContext('behavioral-health', 'patientsByIds', adapter);
    await expect(checkKnownKeys(ctx)).rejects.toThrow(/patientsByIds: returned 4 entries for 5 keys/);
  });

  it('answers null for a known owner with no rows', async () => {
    const adapter = broken('schools', each((r) => (Array.isArray(r) && r.length === 0 ? null : r)));
    const ctx = methodContext('schools', 'enrollmentsByStudentIds', adapter);
    await expect(checkEmptyOwners(ctx)).rejects.toThrow(/known owner and must answer an array, answered null/);
  });

  it('lists oldest first where the port promises newest first', async () => {
    const adapter = broken('child-welfare', each((r) => (Array.isArray(r) ? [...r].reverse() : r)));
    const ctx = methodContext('child-welfare', 'casesByChildIds', adapter);
    await expect(checkListOrder(ctx)).rejects.toThrow(/must be newest-first by openedOn/);
  });

  it('returns a field the port does not define', async () => {
    const leak = (r: unknown) => (r && typeof r === 'object' ? { ...r, shelterAddress: '1 Main St' } : r);
    const adapter = broken('dv-shelter', each(leak));
    const ctx = methodContext('dv-shelter', 'clientsByIds', adapter);
    await expect(checkKnownKeys(ctx)).rejects.toThrow(/fields the port does not define: shelterAddress/);
  });

  it('NFC-normalises names', async () => {
    const nfc: Rewrite = (_keys, results) => JSON.parse(JSON.stringify(results).normalize('NFC'));
    const adapter = broken('child-welfare', nfc);
    const ctx = methodContext('child-welfare', 'childrenByIds', adapter);
    await expect(checkUnicodeRoundTrip(ctx)).rejects.toThrow(/lost "Zoe\\u\{308\}"/);
  });

  it('hands out its own records (shared mutable state)', async () => {
    // Remembers the first answer per key and hands out that same object ever after.
    const handedOut = new Map<string, unknown>();
    const sharing: Rewrite = (keys, results) =>
      results.map((r, i) => {
        const key = String(keys[i]);
        if (!handedOut.has(key)) handedOut.set(key, r);
        return handedOut.get(key);
      });
    const adapter = broken('schools', sharing);
    const ctx = methodContext('schools', 'studentsByIds', adapter);
    await expect(checkResultsNotShared(ctx)).rejects.toThrow(/expected "604821937", got "SCRIBBLED"/);
  });

  it('(passes) shares records that are deeply frozen', async () => {
    const freeze = (v: unknown): unknown => {
      if (v && typeof v === 'object') Object.values(v).forEach(freeze);
      return Object.freeze(v);
    };
    const adapter = rewriteBatches('schools', createEmbedded('schools', fixtureOf('schools')), each(freeze));
    const ctx = methodContext('schools', 'enrollmentsByStudentIds', adapter);
    await expect(checkResultsNotShared(ctx)).resolves.toBeUndefined();
  });

  it('answers wrongly under the loader too', async () => {
    const adapter = broken('schools', (_keys, results) => [...results].reverse());
    const ctx = methodContext('schools', 'studentsByIds', adapter);
    await expect(checkLoaderBatchesOneTick(ctx)).rejects.toThrow(/studentsByIds: key/);
  });

  it('keys identity links by localId alone', async () => {
    const good = reference('identity');
    const links = fixtureOf('identity');
    const byLocalIdOnly = (key: { localId?: string }) => links.find((l) => l.localId === key?.localId)?.personId;
    const adapter: IdentityAdapter = {
      ...good,
      personIdsByLocalRecords: async (keys) =>
        (await good.personIdsByLocalRecords(keys)).map((r, i) => byLocalIdOnly(keys[i]) ?? r),
    };
    await expect(checkLinksKeyedByPair(adapterContext('identity', adapter))).rejects.toThrow(/must answer P-00000[23]/);
  });

  it('sorts caseworkers by locale while the cursor compares code units', async () => {
    const workers = fixtureOf('child-welfare').caseworkers;
    workers.sort((a, b) => a.caseworkerId.localeCompare(b.caseworkerId));
    const adapter: ChildWelfareAdapter = {
      ...reference('child-welfare'),
      listCaseworkers: async ({ first, after }) =>
        workers.filter((w) => !after || w.caseworkerId > after).slice(0, first),
    };
    const ctx = adapterContext('child-welfare', adapter);
    await expect(checkDirectoryOrderedById(ctx)).rejects.toThrow(/expected "CW-W-0040", got "cw-w-0040"/);
    await expect(checkAfterCursorWalksEveryone(ctx)).rejects.toThrow(/walking pages of 1/);
  });

  it('reports health badly, has bad capabilities, or cannot close twice', async () => {
    const good = reference('identity');
    const now = () => new Date().toISOString();
    const withHealth = (health: () => Promise<unknown>) => adapterContext('identity', { ...good, health });
    const withCaps = (caps: object) =>
      adapterContext('identity', { ...good, capabilities: { ...good.capabilities, ...caps } });
    await expect(checkHealth(withHealth(async () => ({ status: 'ok', checkedAt: now() })))).rejects.toThrow(/status must be/);
    await expect(checkHealth(withHealth(async () => ({ status: 'up', checkedAt: 'today' })))).rejects.toThrow(/checkedAt/);
    await expect(checkHealth(withHealth(async () => ({ status: 'down', checkedAt: now() })))).rejects.toThrow(/fresh adapter must report 'up'/);
    await expect(checkHealth(withHealth(() => Promise.reject(new Error('down'))))).rejects.toThrow(/must resolve/);
    await expect(checkCapabilities(withCaps({ maxBatchSize: 0 }))).rejects.toThrow(/maxBatchSize/);
    await expect(checkCapabilities(withCaps({ freshness: 'cached' }))).rejects.toThrow(/freshness/);
    await expect(checkCapabilities(withCaps({ sourceSystem: ' ' }))).rejects.toThrow(/sourceSystem/);
    let closed = false;
    const closeOnce = async () => {
      if (closed) throw new Error('already closed');
      closed = true;
    };
    await expect(checkClose(adapterContext('identity', { ...good, close: closeOnce }))).rejects.toThrow(/second call/);
  });
});

describe('demographics checks fail against broken readers', () => {
  const [paging, known] = demographicsAdapterChecks('schools');
  const [releasedOnly] = dvDemographicsAdapterChecks;
  const students = () => schoolsDemographics(fixtureOf('schools'));
  const withReader = (source: DemographicsSource) => adapterContext('schools', { ...reference('schools'), demographics: () => source });
  const pages = (records: DemographicRecord[], page: (cursor: string | null, limit: number) => { records: DemographicRecord[]; next: string | null }) =>
    withReader({ system: 'schools', page: async (cursor, limit) => page(cursor, limit) });

  it('no reader at all', async () => {
    const { demographics: _none, ...without } = reference('schools');
    await expect(paging.run(adapterContext('schools', without))).rejects.toThrow(/no demographics\(\) reader/);
  });

  it('a page larger than its limit, an overlapping page, a walk that never ends', async () => {
    const all = students();
    await expect(paging.run(pages(all, () => ({ records: all, next: null })))).rejects.toThrow(/more than its limit 1/);
    // Each page starts at its cursor's record again (off by one): that record comes twice.
    const overlapping = pages(all, (cursor, limit) => {
      const start = cursor === null ? 0 : all.findIndex((r) => r.localId === cursor);
      const page = all.slice(start, start + limit);
      return { records: page, next: start + limit < all.length ? page[page.length - 1].localId : null };
    });
    await expect(paging.run(overlapping)).rejects.toThrow(/already yielded on an earlier page/);
    await expect(paging.run(pages(all, () => ({ records: [], next: 'again' })))).rejects.toThrow(/repeats an earlier cursor/);
  });

  it('a wrong birth date, a missing student', async () => {
    const all = students();
    const shifted = all.map((r, i) => (i === 1 ? { ...r, birthDate: '1999-01-01' } : r));
    await expect(known.run(withReader(arraySource('schools', shifted)))).rejects.toThrow(/\.birthDate: expected/);
    await expect(known.run(withReader(arraySource('schools', all.slice(1))))).rejects.toThrow(/missing \["/);
  });

  it('a DV reader that ignores the release set; on own data the report names nobody', async () => {
    const data = fixtureOf('dv-shelter');
    const everyone = dvShelterDemographics(data, new Set(data.clients.map((c) => c.localId)));
    const leaky = { ...reference('dv-shelter'), demographicsOfReleased: () => arraySource('dv-shelter', everyone) };
    await expect(releasedOnly.run(adapterContext('dv-shelter', leaky))).rejects.toThrow(/record\(s\) came out; a DV program may yield none/);
    // Leaks one client the check does not release (the second in binary order) once any is released.
    const unreleased = data.clients.map((c) => c.localId).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[1];
    const releasing = {
      ...reference('dv-shelter'),
      demographicsOfReleased: (ids: ReadonlySet<string>) =>
        arraySource('dv-shelter', everyone.filter((r) => ids.has(r.localId) || (ids.size > 0 && r.localId === unreleased))),
    };
    const ctx = adapterContext('dv-shelter', releasing);
    await expect(releasedOnly.run(ctx)).rejects.toThrow(/without a release came out/);
    // Own data: the kit knows only sampled keys, and the message must not quote one.
    const sampled = ctx.methods.map((m) => ({ ...m, knownKeys: () => m.knownKeys(ctx.data) }));
    const error = await withholdingValues(() => releasedOnly.run({ ...ctx, data: null, methods: sampled })).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/without a release came out/);
    for (const c of data.clients) {
      expect((error as Error).message).not.toContain(c.localId);
      if (c.lastName) expect((error as Error).message).not.toContain(c.lastName);
    }
  });
});

