/**
 * The behaviour every AuditStore must show, run against each database the SQL store supports
 * (PGlite always, Postgres when a server answers). Tampering is done with plain SQL, the way
 * someone with rights on the table would do it, and verify() must name what happened.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditUnavailableError, type AuditQuery, type AuditStore } from '../audit-store.js';
import { COLUMNS, auditTableName, entryToParams } from '../audit-table.js';
import { hashEntry } from '../entry-hash.js';
import type { AuditDecision } from '../types.js';
import { sampleDisclosure, uniqueChain } from './sample-disclosures.js';

export interface AuditStoreHarness {
  /** A store on `chain`; opening the same chain again gives another replica on the same table. */
  open(chain: string): AuditStore;
  /** SQL straight at the database, bypassing the store. */
  sql(text: string, params?: unknown[]): Promise<unknown>;
  close(): Promise<void>;
}

/** `skip`: the database is not there (the caller has already said so via skipUnlessAvailable). */
export function describeAuditStore(
  name: string,
  makeHarness: () => Promise<AuditStoreHarness>,
  options: { skip?: boolean } = {},
): void {
  describe.skipIf(options.skip ?? false)(name, () => {
    let harness: AuditStoreHarness;
    beforeAll(async () => {
      harness = await makeHarness();
    });
    afterAll(() => harness?.close());

    /** A fresh chain holding `count` entries, for the tampering tests. */
    async function chainOf(count: number) {
      const chain = uniqueChain();
      const store = harness.open(chain);
      const entries = await store.append(
        Array.from({ length: count }, (_, i) =>
          sampleDisclosure({ localId: `BH-${i + 1}`, requestId: `req-${i + 1}` }),
        ),
      );
      return { store, entries, table: auditTableName(chain) };
    }

    it('numbers and chains appended entries, and verify accepts the chain', async () => {
      const { store, entries } = await chainOf(3);
      expect(entries.map((e) => e.sequence)).toEqual([1, 2, 3]);
      expect(entries[0].prevHash).toBe('0'.repeat(64));
      expect(entries[1].prevHash).toBe(entries[0].hash);
      const more = await store.append([sampleDisclosure({ decision: 'DENY', legalBasis: 'no Part 2 consent' })]);
      expect(more[0]).toMatchObject({ sequence: 4, prevHash: entries[2].hash, decision: 'DENY' });
      expect(await store.verify()).toEqual({ ok: true, entries: 4, head: { sequence: 4, hash: more[0].hash } });
      // What comes back from the database is exactly what was hashed.
      expect(await store.disclosuresFor({ personId: 'P-000110' })).toEqual([...entries, ...more].reverse());
      await store.close();
    });

    it('writes nothing for an empty append, and an unwritten chain verifies as empty', async () => {
      const store = harness.open(uniqueChain());
      expect(await store.append([])).toEqual([]);
      expect(await store.verify()).toEqual({ ok: true, entries: 0 });
      expect(await store.disclosuresFor({ personId: 'P-000110' })).toEqual([]);
      await store.close();
    });

    it('appends all or nothing', async () => {
      const store = harness.open(uniqueChain());
      const bad = sampleDisclosure({ decision: 'MAYBE' as AuditDecision });
      await expect(store.append([sampleDisclosure(), bad])).rejects.toBeInstanceOf(AuditUnavailableError);
      expect(await store.verify()).toMatchObject({ ok: true, entries: 0 });
      expect((await store.append([sampleDisclosure()]))[0].sequence).toBe(1);
      await store.close();
    });

    it('detects an edited entry', async () => {
      const { store, table } = await chainOf(4);
      await harness.sql(`UPDATE ${table} SET fields = $1 WHERE sequence = 2`, [['BehavioralHealthRecord.openEpisode']]);
      const result = await store.verify();
      expect(result).toMatchObject({ ok: false, entries: 4, firstProblem: { sequence: 2, kind: 'edited' } });
      expect(result.head).toBeUndefined();
      await store.close();
    });

    it('detects a deleted entry', async () => {
      const { store, table } = await chainOf(4);
      await harness.sql(`DELETE FROM ${table} WHERE sequence = 2`);
      expect(await store.verify()).toMatchObject({ ok: false, firstProblem: { sequence: 2, kind: 'deleted' } });
      await store.close();
    });

    it('detects an entry edited and re-hashed (the next entry still holds the old hash)', async () => {
      const { store, entries, table } = await chainOf(4);
      const forged = { ...entries[1], fields: ['BehavioralHealthRecord.openEpisode'] };
      const { hash: _old, ...content } = forged;
      const update = `UPDATE ${table} SET fields = $1, hash = $2 WHERE sequence = 2`;
      await harness.sql(update, [forged.fields, hashEntry(content)]);
      const result = await store.verify();
      expect(result).toMatchObject({ ok: false, firstProblem: { sequence: 2, kind: 'edited' } });
      expect(result.firstProblem?.detail).toMatch(/re-hashed/);
      await store.close();
    });

    it('detects reordered entries', async () => {
      const { store, table } = await chainOf(4);
      await harness.sql(`UPDATE ${table} SET sequence = 1000 WHERE sequence = 2`);
      await harness.sql(`UPDATE ${table} SET sequence = 2 WHERE sequence = 3`);
      await harness.sql(`UPDATE ${table} SET sequence = 3 WHERE sequence = 1000`);
      expect(await store.verify()).toMatchObject({ ok: false, firstProblem: { sequence: 2, kind: 'reordered' } });
      await store.close();
    });

    it('detects an inserted entry, even one hashed and linked correctly', async () => {
      const { store, entries, table } = await chainOf(4);
      await harness.sql(`UPDATE ${table} SET sequence = sequence + 1000 WHERE sequence >= 3`);
      await harness.sql(`UPDATE ${table} SET sequence = sequence - 999 WHERE sequence > 1000`);
      const content = { ...entries[1], sequence: 3, prevHash: entries[1].hash, localId: 'BH-FORGED' };
      const row = entryToParams({ ...content, hash: hashEntry(content) });
      const placeholders = COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
      await harness.sql(`INSERT INTO ${table} (${COLUMNS.join(', ')}) VALUES (${placeholders})`, row);
      const result = await store.verify();
      expect(result).toMatchObject({ ok: false, entries: 5, firstProblem: { sequence: 3, kind: 'inserted' } });
      await store.close();
    });

    it('keeps one linear chain when replicas append concurrently', async () => {
      const chain = uniqueChain();
      const replicas = [harness.open(chain), harness.open(chain)];
      const batches = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          replicas[i % 2].append(
            Array.from({ length: (i % 3) + 1 }, (_, j) =>
              sampleDisclosure({ requestId: `req-${i}`, localId: `BH-${i}-${j}` }),
            ),
          ),
        ),
      );
      const total = batches.reduce((sum, batch) => sum + batch.length, 0);
      const sequences = batches.flat().map((e) => e.sequence).sort((a, b) => a - b);
      expect(sequences).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      for (const batch of batches) {
        // A request's entries are consecutive: one transaction, one lock.
        expect(batch.map((e) => e.sequence - batch[0].sequence)).toEqual(batch.map((_, i) => i));
      }
      expect(await replicas[1].verify()).toMatchObject({ ok: true, entries: total });
      await Promise.all(replicas.map((replica) => replica.close()));
    });

    it('answers a person\'s accounting of disclosures, newest first, with filters', async () => {
      const store = harness.open(uniqueChain());
      const [first] = await store.append([sampleDisclosure({ localId: 'BH-1' })]);
      await new Promise((resolve) => setTimeout(resolve, 5));
      const [, , third] = await store.append([
        sampleDisclosure({ personId: 'P-000999', localId: 'BH-9' }),
        sampleDisclosure({ localId: 'BH-1', decision: 'DENY', labels: ['SUD'], legalBasis: 'no Part 2 consent' }),
        sampleDisclosure({ personId: null, system: 'bh-ehr', localId: 'BH-7' }),
      ]);
      const second = (await store.disclosuresFor({ personId: 'P-000110', decision: 'DENY' }))[0];
      const mine = await store.disclosuresFor({ personId: 'P-000110' });
      expect(mine.map((e) => e.sequence)).toEqual([second.sequence, first.sequence]);
      expect(await store.disclosuresFor({ personId: 'P-000110', decision: 'PERMIT' })).toEqual([first]);
      expect((await store.disclosuresFor({ system: 'bh-ehr', localId: 'BH-7' }))).toEqual([third]);
      const sequences = async (query: AuditQuery) => (await store.disclosuresFor(query)).map((e) => e.sequence);
      expect(await sequences({ personId: 'P-000110', to: first.recordedAt })).toEqual([1]);
      expect(await sequences({ from: third.recordedAt })).toEqual([4, 3, 2]);
      expect(await sequences({ limit: 2 })).toEqual([4, 3]);
      await expect(store.disclosuresFor({ from: 'last tuesday' })).rejects.toThrow(/Not a date/);
      await store.close();
    });

    it("includes the entries naming only the person's record, and filters break-glass entries", async () => {
      const store = harness.open(uniqueChain());
      const breakGlass = { reason: 'Unresponsive in the ED', expiresAt: '2026-11-25T20:00:00.000Z' };
      const [byId, byRecord, , , flagged] = await store.append([
        sampleDisclosure({ localId: 'BH-1' }),
        sampleDisclosure({ personId: null, system: 'bh-ehr', localId: 'BH-1' }),
        sampleDisclosure({ personId: null, system: 'bh-ehr', localId: 'BH-2' }),
        sampleDisclosure({ personId: null, system: 'other-ehr', localId: 'BH-1' }),
        sampleDisclosure({ personId: 'P-000777', breakGlass }),
      ]);
      const sequences = async (query: AuditQuery) => (await store.disclosuresFor(query)).map((e) => e.sequence);
      const alsoRecords = { system: 'bh-ehr', localIds: ['BH-1'] };
      expect(await sequences({ personId: 'P-000110', alsoRecords })).toEqual([byRecord.sequence, byId.sequence]);
      expect(await sequences({ personId: 'P-000110', alsoRecords: { system: 'bh-ehr', localIds: [] } })).toEqual([byId.sequence]);
      expect(await store.disclosuresFor({ breakGlass: true })).toEqual([flagged]);
      expect(flagged.breakGlass).toEqual(breakGlass);
      await store.close();
    });

    it('reports health, and refuses to append once closed', async () => {
      const store = harness.open(uniqueChain());
      expect(await store.health()).toMatchObject({ status: 'up' });
      await store.close();
      await expect(store.append([sampleDisclosure()])).rejects.toBeInstanceOf(AuditUnavailableError);
      expect(await store.health()).toMatchObject({ status: 'down' });
    });
  });
}
