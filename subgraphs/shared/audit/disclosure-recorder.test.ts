import { describe, expect, it } from 'vitest';
import { createDisclosureRecorder } from './disclosure-recorder.js';
import { caseworkerFacts } from './testing/sample-disclosures.js';

const record = { personId: 'P-000110', system: 'bh-ehr', localId: 'BH-000042', legalBasis: 'Consent/123' };

describe('createDisclosureRecorder', () => {
  it('stamps who asked, why and in which request on every entry', () => {
    const recorder = createDisclosureRecorder('behavioral-health', {
      ...caseworkerFacts,
      caller: {
        ...caseworkerFacts.caller,
        purposeOfUse: 'BTG',
        breakGlass: { reason: 'child in crisis', expiresAt: '2026-03-01T13:00:00Z' },
      },
    });
    const sud = { labels: ['SUD'], fields: ['BehavioralHealthRecord.substanceUseConditions'] };
    recorder.recordDeny({ ...record, ...sud, legalBasis: 'no Part 2 consent' });
    expect(recorder.recorded).toEqual([
      {
        requestId: 'req-0001',
        subgraph: 'behavioral-health',
        actor: {
          subject: 'user-cw-0002',
          name: 'Francisca De la Cruz',
          organization: 'county-child-welfare',
          roles: ['caseworker'],
        },
        purposeOfUse: 'BTG',
        breakGlass: { reason: 'child in crisis', expiresAt: '2026-03-01T13:00:00Z' },
        ...record,
        decision: 'DENY',
        ...sud,
        legalBasis: 'no Part 2 consent',
      },
    ]);
  });

  it('makes one entry per record, decision and basis, with every field and label released', () => {
    const recorder = createDisclosureRecorder('behavioral-health', caseworkerFacts);
    const [episode, crisisPlan] = ['BehavioralHealthRecord.openEpisode', 'BehavioralHealthRecord.crisisPlanOnFile'];
    recorder.recordPermit({ ...record, labels: ['PSY'], fields: [episode] });
    recorder.recordPermit({ ...record, labels: ['PSY'], fields: [crisisPlan] });
    recorder.recordPermit({ ...record, localId: 'BH-000043', labels: ['PSY'], fields: [episode] });
    const [first, second] = recorder.take();
    expect(first).toMatchObject({ localId: 'BH-000042', labels: ['PSY'], fields: [episode, crisisPlan] });
    expect(second).toMatchObject({ localId: 'BH-000043' });
  });

  it('refuses to record once the audit was taken, so late data cannot leave unaudited', () => {
    const recorder = createDisclosureRecorder('behavioral-health', caseworkerFacts);
    expect(recorder.take()).toEqual([]);
    expect(() => recorder.recordPermit({ ...record, labels: [], fields: [] })).toThrow(/already written/);
  });

  it('writes ahead at once through the store, and fails loudly without one so the action is not taken', async () => {
    const written: unknown[] = [];
    const recorder = createDisclosureRecorder('dv-shelter', caseworkerFacts, { append: async (entries) => written.push(...entries) });
    const facts = { ...record, system: 'dv-shelter', labels: ['SDV'], fields: ['Mutation.recordDvRelease'], legalBasis: 'consent registry: record' };
    await recorder.writeAhead(facts);
    expect(written).toEqual([expect.objectContaining({ decision: 'PERMIT', requestId: 'req-0001', fields: ['Mutation.recordDvRelease'] })]);
    expect(recorder.take()).toEqual([]); // not written twice by the plugin

    const failing = createDisclosureRecorder('dv-shelter', caseworkerFacts, { append: async () => Promise.reject(new Error('disk full')) });
    await expect(failing.writeAhead(facts)).rejects.toMatchObject({ code: 'AUDIT_UNAVAILABLE', message: expect.stringMatching(/disk full/) });
    await expect(createDisclosureRecorder('dv-shelter', caseworkerFacts).writeAhead(facts)).rejects.toMatchObject({ code: 'AUDIT_UNAVAILABLE' });
  });
});
