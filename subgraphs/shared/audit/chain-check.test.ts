/** The chain checker on in-memory chains: every kind of tampering, and the limit it cannot see past. */
import { describe, expect, it } from 'vitest';
import { ChainChecker } from './chain-check.js';
import { hashEntry } from './entry-hash.js';
import { sampleDisclosure } from './testing/sample-disclosures.js';
import { GENESIS_HASH, type AuditEntry } from './types.js';

function chain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 1; i <= length; i += 1) {
    const content = {
      ...sampleDisclosure({ localId: `BH-${i}` }),
      sequence: i,
      recordedAt: '2026-03-01T12:00:00.000Z',
      prevHash: entries.at(-1)?.hash ?? GENESIS_HASH,
    };
    entries.push({ ...content, hash: hashEntry(content) });
  }
  return entries;
}

function check(entries: AuditEntry[]) {
  const checker = new ChainChecker();
  for (const entry of entries) checker.push(entry);
  return checker.end();
}

const rehash = (entry: AuditEntry): AuditEntry => {
  const { hash: _old, ...content } = entry;
  return { ...entry, hash: hashEntry(content) };
};

describe('ChainChecker', () => {
  it('accepts an intact chain and reports its head', () => {
    const entries = chain(5);
    expect(check(entries)).toEqual({ ok: true, entries: 5, head: { sequence: 5, hash: entries[4].hash } });
    expect(check([])).toEqual({ ok: true, entries: 0 });
  });

  it('hashes the same entry the same way whatever its key order', () => {
    const [entry] = chain(1);
    const reversed = Object.fromEntries(Object.entries(entry).reverse()) as unknown as AuditEntry;
    expect(check([reversed]).ok).toBe(true);
  });

  it('names an edited entry', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2], legalBasis: 'treatment' };
    expect(check(entries).firstProblem).toMatchObject({ sequence: 3, kind: 'edited' });
  });

  it('names the first and the last entry edited', () => {
    const first = chain(3);
    first[0] = { ...first[0], personId: 'P-000999' };
    expect(check(first).firstProblem).toMatchObject({ sequence: 1, kind: 'edited' });
    const last = chain(3);
    last[2] = { ...last[2], decision: 'DENY' };
    expect(check(last).firstProblem).toMatchObject({ sequence: 3, kind: 'edited' });
  });

  it('names an entry changed and re-hashed by the one after it', () => {
    const entries = chain(5);
    entries[1] = rehash({ ...entries[1], labels: [] });
    expect(check(entries).firstProblem).toMatchObject({ sequence: 2, kind: 'edited' });
    expect(check(entries).firstProblem?.detail).toMatch(/re-hashed/);
  });

  it('names deleted entries, the first one included', () => {
    const middle = check(chain(5).filter((e) => e.sequence !== 3));
    expect(middle.firstProblem).toMatchObject({ sequence: 3, kind: 'deleted' });
    const first = check(chain(5).filter((e) => e.sequence > 2));
    expect(first.firstProblem).toMatchObject({ sequence: 1, kind: 'deleted', detail: expect.stringMatching(/1–2/) });
  });

  it('names two swapped entries as reordered', () => {
    const entries = chain(5);
    const [second, third] = [entries[1], entries[2]];
    entries[1] = { ...third, sequence: 2 };
    entries[2] = { ...second, sequence: 3 };
    expect(check(entries).firstProblem).toMatchObject({ sequence: 2, kind: 'reordered' });
  });

  it('names an inserted entry, whether or not it was hashed and linked', () => {
    const entries = chain(4);
    const shifted = entries.slice(2).map((e) => ({ ...e, sequence: e.sequence + 1 }));
    const linked = { ...entries[1], sequence: 3, localId: 'BH-FORGED', prevHash: entries[1].hash };
    const hashedAndLinked = check([...entries.slice(0, 2), rehash(linked as AuditEntry), ...shifted]);
    expect(hashedAndLinked.firstProblem).toMatchObject({ sequence: 3, kind: 'inserted' });
    const careless = check([...entries.slice(0, 2), { ...linked, hash: 'f'.repeat(64) }, ...shifted]);
    expect(careless.firstProblem).toMatchObject({ sequence: 3, kind: 'inserted' });
  });

  it('cannot see the newest entries removed: only an anchored copy of the head can (see README)', () => {
    const entries = chain(5);
    const truncated = check(entries.slice(0, 3));
    expect(truncated.ok).toBe(true);
    expect(truncated.head).not.toEqual({ sequence: 5, hash: entries[4].hash });
  });
});
