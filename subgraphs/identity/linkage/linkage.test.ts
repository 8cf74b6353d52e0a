import { describe, expect, it } from 'vitest';
import type { DemographicRecord } from '../../../adapters/port/demographics.js';
import { readAllDemographics } from '../../../adapters/port/demographics.js';
import { generatePopulation } from '../../../adapters/synthetic/generate.js';
import { createSyntheticDemographicsSources } from '../../../adapters/synthetic/demographics.js';
import { AGENCY_SYSTEMS } from '../../../adapters/port/agency-systems.js';
import { linkPlaintext } from './engine.js';
import { linkPrivacyPreserving } from './pprl/engine.js';
import { evaluate, truthFromLinks } from './evaluate.js';
import { ClusterLedger } from './ledger.js';
import type { LinkageResult } from './types.js';

const population = generatePopulation({ size: 1500, seed: 5 });

async function allRecords(released: ReadonlySet<string> = new Set()): Promise<DemographicRecord[]> {
  const sources = createSyntheticDemographicsSources(population, { releasedDvLocalIds: released });
  return (await Promise.all(sources.map((s) => readAllDemographics(s, 97)))).flat();
}

function rec(system: string, localId: string, first: string, last: string, birthDate: string | null, extra: Partial<DemographicRecord> = {}): DemographicRecord {
  return { system, localId, firstName: first, middleName: null, lastName: last, birthDate, sex: 'MALE', ...extra };
}

const together = (r: LinkageResult, a: string, b: string) =>
  r.clusters.some((c) => c.records.some((x) => x.localId === a) && c.records.some((x) => x.localId === b));

/** Background records from the generator so EM has data to learn from, plus the cases under test. */
async function linkWith(cases: DemographicRecord[]): Promise<LinkageResult> {
  return linkPlaintext([...(await allRecords()), ...cases]);
}

/** Synthetic test data only; real deployments take the secret from configuration. */
const TEST_SECRET = 'test-only-linkage-secret-0001';

describe('linkage engine (plaintext)', () => {
  it('keeps twins apart: same surname, birth date, ZIP and sex, different given names', async () => {
    const r = await linkWith([
      rec('child-welfare', 'T-1', 'Aurelio', 'Quintanilla', '2015-03-04', { zip: '95401' }),
      rec('schools', 'T-2', 'Aurelio', 'Quintanilla', '2015-03-04', { zip: '95401' }),
      rec('schools', 'T-3', 'Baltasar', 'Quintanilla', '2015-03-04', { zip: '95401' }),
      rec('behavioral-health', 'T-4', 'Baltasar', 'Quintanila', '2015-03-04', { zip: '95401' }),
    ]);
    expect(together(r, 'T-1', 'T-2')).toBe(true);
    expect(together(r, 'T-3', 'T-4')).toBe(true);
    expect(together(r, 'T-1', 'T-3')).toBe(false);
    expect(together(r, 'T-2', 'T-4')).toBe(false);
  });

  it('keeps father and son (Sr/Jr) apart, even through a record without a birth date', async () => {
    const r = await linkWith([
      rec('behavioral-health', 'J-1', 'Evaristo', 'Montalban Sr', '1980-06-01', { zip: '95472' }),
      rec('child-welfare', 'J-2', 'Evaristo', 'Montalban Jr', '2012-09-15', { zip: '95472' }),
      rec('schools', 'J-3', 'Evaristo', 'Montalban', '2012-09-15', { zip: '95472' }),
      rec('dv-shelter-like', 'J-4', 'Evaristo', 'Montalban', null, { zip: '95472' }),
    ]);
    expect(together(r, 'J-2', 'J-3')).toBe(true);
    expect(together(r, 'J-1', 'J-2')).toBe(false);
    expect(together(r, 'J-1', 'J-3')).toBe(false);
  });

  it('links a nickname with a day-month transposed birth date', async () => {
    const r = await linkWith([
      rec('child-welfare', 'N-1', 'William', 'Okonkwo', '2011-04-09', { middleName: 'Chidi', zip: '95404' }),
      rec('schools', 'N-2', 'Bill', 'Okonkwo', '2011-09-04', { zip: '95404' }),
    ]);
    expect(together(r, 'N-1', 'N-2')).toBe(true);
  });

  it('links given and family names entered in each other\'s fields with a birth date a day off', async () => {
    const r = await linkWith([
      rec('schools', 'S-1', 'Thaddeus', 'Ashworth', '2012-11-24', { middleName: 'Anselm', zip: '95470' }),
      rec('behavioral-health', 'S-2', 'Ashworth', 'Thaddeus', '2012-11-25', { zip: '95470' }),
    ]);
    const pair = r.pairs.find((p) => [p.a.localId, p.b.localId].sort().join() === 'S-1,S-2');
    expect(pair).toBeDefined();
    expect(together(r, 'S-1', 'S-2')).toBe(true);
  });

  it('scores the generated population with high precision and recall', async () => {
    const r = linkPlaintext(await allRecords());
    const ev = evaluate(r, truthFromLinks(population.identity.links));
    expect(ev.precision).toBeGreaterThan(0.99);
    expect(ev.recall).toBeGreaterThan(0.98);
    expect(r.bandCounts.MATCH).toBeGreaterThan(0);
  });
});

describe('DV records and the release (VAWA, 34 U.S.C. 12291(b)(2))', () => {
  it('without a release, no DV record reaches the linker in any form', async () => {
    const records = await allRecords();
    expect(population.dvShelter.clients.length).toBeGreaterThan(0);
    expect(records.some((r) => r.system === AGENCY_SYSTEMS.dvShelter)).toBe(false);
    const dvIds = new Set(population.dvShelter.clients.map((c) => c.localId));
    expect(records.some((r) => dvIds.has(r.localId))).toBe(false);
    for (const result of [linkPlaintext(records), linkPrivacyPreserving(records, { secret: TEST_SECRET })]) {
      expect(result.clusters.flatMap((c) => c.records).some((x) => x.system === AGENCY_SYSTEMS.dvShelter)).toBe(false);
      expect(result.recordCount).toBe(records.length);
    }
  });

  it('with a release, exactly the released clients are yielded', async () => {
    const one = population.dvShelter.clients[0].localId;
    const dv = (await allRecords(new Set([one]))).filter((r) => r.system === AGENCY_SYSTEMS.dvShelter);
    expect(dv.map((r) => r.localId)).toEqual([one]);
  });
});

describe('unmerge', () => {
  it('restores the earlier state', () => {
    const ledger = new ClusterLedger(6);
    ledger.merge(0, 1);
    const before = ledger.snapshot();
    const op = ledger.merge(1, 2)!;
    ledger.merge(4, 5);
    expect(ledger.snapshot()).not.toEqual(before);
    ledger.unmerge(op.id);
    expect(ledger.snapshot()).toEqual([[0, 1], [2], [3], [4, 5]]);
  });

  it('undoes a later merge that absorbed the unmerged cluster, then restores', () => {
    const ledger = new ClusterLedger(4);
    const first = ledger.merge(0, 1)!;
    const before = ledger.snapshot();
    ledger.merge(0, 2);
    ledger.merge(2, 3);
    const undone = ledger.unmerge(first.id);
    expect(undone.map((o) => o.id)).toEqual([2, 1, 0]);
    expect(ledger.snapshot()).toEqual([[0], [1], [2], [3]]);
    expect(before).toEqual([[0, 1], [2], [3]]);
  });

});

describe('privacy-preserving mode', () => {
  it('keeps twins and a father and son apart, and links a nickname with a day-month swap', async () => {
    const r = linkPrivacyPreserving([
      ...(await allRecords()),
      rec('child-welfare', 'T-1', 'Aurelio', 'Quintanilla', '2015-03-04', { zip: '95401' }),
      rec('schools', 'T-2', 'Aurelio', 'Quintanilla', '2015-03-04', { zip: '95401' }),
      rec('schools', 'T-3', 'Baltasar', 'Quintanilla', '2015-03-04', { zip: '95401' }),
      rec('behavioral-health', 'J-1', 'Evaristo', 'Montalban Sr', '1980-06-01', { zip: '95472' }),
      rec('child-welfare', 'J-2', 'Evaristo', 'Montalban Jr', '2012-09-15', { zip: '95472' }),
      rec('child-welfare', 'N-1', 'William', 'Okonkwo', '2011-04-09', { middleName: 'Chidi', zip: '95404' }),
      rec('schools', 'N-2', 'Bill', 'Okonkwo', '2011-09-04', { zip: '95404' }),
    ], { secret: TEST_SECRET });
    expect(together(r, 'T-1', 'T-2')).toBe(true);
    expect(together(r, 'T-1', 'T-3')).toBe(false);
    expect(together(r, 'T-2', 'T-3')).toBe(false);
    expect(together(r, 'J-1', 'J-2')).toBe(false);
    expect(together(r, 'N-1', 'N-2')).toBe(true);
  });

  it('links the generated population close to plaintext', async () => {
    const records = await allRecords();
    const truth = truthFromLinks(population.identity.links);
    const plain = evaluate(linkPlaintext(records), truth);
    const pprl = evaluate(linkPrivacyPreserving(records, { secret: TEST_SECRET }), truth);
    expect(pprl.precision).toBeGreaterThan(0.98);
    expect(pprl.f1).toBeGreaterThan(plain.f1 - 0.03);
  });
});
