import { describe, expect, it } from 'vitest';
import type { DemographicRecord } from '../../../../adapters/port/demographics.js';
import type { StoredLink } from '../../link-store/types.js';
import type { LinkageResult } from '../types.js';
import { MASS_END_MIN, MASS_END_SHARE, NOT_RELEASED_REASON } from './plan-ends.js';
import { planRun, recordKey } from './plan-run.js';

const rec = (system: string, localId: string, first: string): DemographicRecord => ({
  system, localId, firstName: first, middleName: null, lastName: 'Quintanilla', birthDate: '2015-03-04', sex: 'MALE', ssn: '123456789', zip: '95401',
});
const link = (system: string, localId: string, personId: string, confirmedBy: string | null = null): StoredLink => ({
  linkId: 1, personId, system, localId, method: confirmedBy ? 'CLERICAL_REVIEW' : 'SEEDED', score: 1, band: null, createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'seed', confirmedBy, confirmedAt: confirmedBy ? '2026-01-02T00:00:00.000Z' : null, status: 'active', endedAt: null, endedBy: null, endReason: null, replacedBy: null,
});
const result = (clusters: string[][], pairs: LinkageResult['pairs'] = []): LinkageResult => ({
  mode: 'plaintext', recordCount: 0, pairs, bandCounts: { MATCH: 0, REVIEW: 0, NON_MATCH: 0 },
  clusters: clusters.map((ids, i) => ({ clusterId: `L-${i}`, records: ids.map((id) => ({ system: id.split(':')[0], localId: id.split(':')[1] })), minProbability: 0.99 })),
  parameters: { lambda: 0, fields: [], emIterations: 0 }, timings: {}, blocking: [],
});
const records = [rec('child-welfare', 'C1', 'Aurelio'), rec('schools', 'S1', 'Aurelio'), rec('behavioral-health', 'B1', 'Aurelio'), rec('dv-shelter', 'D1', 'Aurelio')];
const activeOf = (...links: StoredLink[]) => new Map(links.map((l) => [recordKey(l), l]));
const ALL = new Set(['child-welfare', 'schools', 'behavioral-health', 'dv-shelter']);

describe('planning a run', () => {
  it('keeps the person most records already have; moves the one linked elsewhere; links the new one', () => {
    const plan = planRun({
      result: result([['child-welfare:C1', 'schools:S1', 'behavioral-health:B1']]),
      records,
      active: activeOf(link('child-welfare', 'C1', 'P-1'), link('schools', 'S1', 'P-1'), link('behavioral-health', 'B1', 'P-9')),
      rejected: [],
      runId: 'r',
      readSystems: ALL,
    });
    expect(plan.unchanged).toBe(2);
    expect(plan.moved).toEqual([{ record: { system: 'behavioral-health', localId: 'B1' }, from: 'P-9', to: 'P-1' }]);
    expect(plan.links).toHaveLength(1);
    expect(plan.links[0]).toMatchObject({ personId: 'P-1', method: 'PROBABILISTIC', band: 'MATCH', score: 0.99 });
  });

  it('splits a rejected pair out of a match cluster and leaves confirmed links alone', () => {
    const plan = planRun({
      result: result([['child-welfare:C1', 'schools:S1', 'behavioral-health:B1']]),
      records,
      active: activeOf(link('child-welfare', 'C1', 'P-1'), link('schools', 'S1', 'P-1'), link('behavioral-health', 'B1', 'P-5', 'int-0001')),
      rejected: [[{ system: 'child-welfare', localId: 'C1' }, { system: 'schools', localId: 'S1' }]],
      runId: 'r',
      readSystems: ALL,
    });
    expect(plan.pinned).toBe(1);
    expect(plan.keptApart).toBe(1);
    const person = new Map(plan.links.map((l) => [l.localId, l.personId]));
    // C1 and S1 end up under different persons; B1 (confirmed) is not touched.
    expect(person.has('B1')).toBe(false);
    const c1 = person.get('C1') ?? 'P-1';
    const s1 = person.get('S1') ?? 'P-1';
    expect(c1).not.toBe(s1);
    expect(plan.newPersons).toBe(1);
  });

  it('queues review pairs masked, and holds back pairs with a DV record', () => {
    const levels = { given: 'nickname', birthDate: 'exact' };
    const plan = planRun({
      result: result([['child-welfare:C1'], ['schools:S1'], ['dv-shelter:D1']], [
        { a: { system: 'child-welfare', localId: 'C1' }, b: { system: 'schools', localId: 'S1' }, weight: 2, probability: 0.6, band: 'REVIEW', levels },
        { a: { system: 'schools', localId: 'S1' }, b: { system: 'dv-shelter', localId: 'D1' }, weight: 2, probability: 0.6, band: 'REVIEW', levels },
      ]),
      records,
      active: new Map(),
      rejected: [],
      runId: 'r',
      readSystems: ALL,
    });
    expect(plan.protectedPairsHeldBack).toBe(1);
    expect(plan.candidates).toHaveLength(1);
    expect(plan.candidates[0].a.fields).toEqual({
      firstName: 'Aurelio', middleName: null, lastName: 'Quintanilla', suffix: null, birthYear: 2015, sex: 'MALE', zip: '954**', ssnLast4: '6789',
    });
    expect(plan.newLinks).toBe(3);
  });
});

describe('planning the ends of links whose record is gone', () => {
  // Twenty schools records linked, one per person; every test reads some of them back.
  const schools = Array.from({ length: 20 }, (_, i) => rec('schools', `S${i}`, 'Aurelio'));
  const schoolLinks = schools.map((r, i) => ({ ...link('schools', r.localId, `P-${i}`), linkId: 100 + i }));
  const singletons = (rs: DemographicRecord[]) => result(rs.map((r) => [`${r.system}:${r.localId}`]));
  const plan = (read: DemographicRecord[], active: StoredLink[], options: { readSystems?: Set<string>; allowMassEnd?: boolean } = {}) =>
    planRun({ result: singletons(read), records: read, active: activeOf(...active), rejected: [], runId: 'r', readSystems: options.readSystems ?? ALL, allowMassEnd: options.allowMassEnd });

  it('ends the link of a record no longer in its source, and only that one', () => {
    const p = plan(schools.slice(1), schoolLinks);
    expect(p.ended).toEqual([{ linkId: 100, record: { system: 'schools', localId: 'S0' }, personId: 'P-0', confirmed: false, protected: false, reason: 'record no longer in schools' }]);
    expect(p.unchanged).toBe(19);
    expect(p.links).toEqual([]);
    expect(p.endRefused).toEqual([]);
  });

  it('leaves the links of a system not read in this run exactly as they are', () => {
    const p = plan([], schoolLinks, { readSystems: new Set(['child-welfare']) });
    expect(p.ended).toEqual([]);
    expect(p.endRefused).toEqual([]);
  });

  it('ends a confirmed link whose record is gone, marked as confirmed', () => {
    const confirmed = { ...link('schools', 'S0', 'P-0', 'int-0001'), linkId: 100 };
    const p = plan(schools.slice(1), [confirmed, ...schoolLinks.slice(1)]);
    expect(p.ended.map((e) => [e.record.localId, e.confirmed])).toEqual([['S0', true]]);
  });

  it('refuses to end more than the allowed share of a system, or all of it for an empty source; the override ends them', () => {
    const keep = Math.floor(20 * (1 - MASS_END_SHARE)) - 1; // one more than the share would end
    expect(20 - keep).toBeGreaterThan(MASS_END_MIN);
    const tooMany = plan(schools.slice(0, keep), schoolLinks);
    expect(tooMany.ended).toEqual([]);
    expect(tooMany.endRefused).toEqual([{ system: 'schools', activeLinks: 20, wouldEnd: 20 - keep, why: 'share' }]);
    // Exactly the share is still allowed.
    expect(plan(schools.slice(0, keep + 1), schoolLinks).ended).toHaveLength(20 - keep - 1);

    const empty = plan([], schoolLinks);
    expect(empty.endRefused).toEqual([{ system: 'schools', activeLinks: 20, wouldEnd: 20, why: 'empty' }]);
    expect(empty.ended).toEqual([]);

    const forced = plan([], schoolLinks, { allowMassEnd: true });
    expect(forced.endRefused).toEqual([]);
    expect(forced.ended.map((e) => e.linkId)).toEqual(schoolLinks.map((l) => l.linkId));
  });

  it('lets a small system lose a few records: ending MASS_END_MIN links or fewer is never a mass end', () => {
    const small = schoolLinks.slice(0, 4);
    const p = plan(schools.slice(1, 4), small);
    expect(p.endRefused).toEqual([]);
    expect(p.ended.map((e) => e.linkId)).toEqual([100]);
  });

  it('ends every DV link no longer released, with the generic reason, however many and even from an empty source', () => {
    const dv = [{ ...link('dv-shelter', 'D1', 'P-1'), linkId: 7 }, { ...link('dv-shelter', 'D2', 'P-2', 'int-0001'), linkId: 8 }];
    const p = plan(schools, [...schoolLinks, ...dv]);
    expect(p.endRefused).toEqual([]);
    expect(p.ended.map((e) => [e.linkId, e.reason, e.protected])).toEqual([[7, NOT_RELEASED_REASON, true], [8, NOT_RELEASED_REASON, true]]);
    // One of two DV clients still released: the other's link ends although that is half of them.
    expect(plan([rec('dv-shelter', 'D1', 'Aurelio')], dv).ended.map((e) => e.linkId)).toEqual([8]);
  });
});
