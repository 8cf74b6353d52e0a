import { describe, expect, it } from 'vitest';
import type { DemographicRecord } from '../../../../adapters/port/demographics.js';
import type { StoredLink } from '../../link-store/types.js';
import type { LinkageResult } from '../types.js';
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

describe('planning a run', () => {
  it('keeps the person most records already have; moves the one linked elsewhere; links the new one', () => {
    const plan = planRun({
      result: result([['child-welfare:C1', 'schools:S1', 'behavioral-health:B1']]),
      records,
      active: activeOf(link('child-welfare', 'C1', 'P-1'), link('schools', 'S1', 'P-1'), link('behavioral-health', 'B1', 'P-9')),
      rejected: [],
      runId: 'r',
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
    });
    expect(plan.protectedPairsHeldBack).toBe(1);
    expect(plan.candidates).toHaveLength(1);
    expect(plan.candidates[0].a.fields).toEqual({
      firstName: 'Aurelio', middleName: null, lastName: 'Quintanilla', suffix: null, birthYear: 2015, sex: 'MALE', zip: '954**', ssnLast4: '6789',
    });
    expect(plan.newLinks).toBe(3);
  });
});
