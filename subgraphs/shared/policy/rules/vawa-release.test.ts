/**
 * The VAWA rule relies only on releases the law recognises, even when the registry holds one that
 * did not come through `record` (an import, a direct write): a minor's release needs the minor and
 * a non-abusive parent (34 U.S.C. 12291(b)(2)). Found by the access matrix (test/e2e).
 */
import { describe, expect, it } from 'vitest';
import type { ConsentStore } from '../../consent/consent-store.js';
import type { ConsentRecord, Grantor } from '../../consent/types.js';
import { vawaReleaseRule } from './vawa-release.js';

const release = (grantors: Grantor[]): ConsentRecord => ({
  id: 'rel-1', owner: 'dv-shelter', kind: 'vawa-release', status: 'active',
  subject: { system: 'dv-shelter', localId: 'DV-1' }, subjectCapacity: 'minor', grantors,
  actors: [{ kind: 'organization', reference: 'county-child-welfare', display: 'County child welfare' }],
  purposes: ['COC'], dataClasses: ['SDV'], period: { start: '2026-10-01', end: '2026-12-01' }, signedOn: '2026-10-01',
  writtenDocument: { reference: 'DocumentReference/rel-1', contentType: 'application/pdf' },
  recordedBy: { subject: 'dv-adv-0001', name: 'Rosa Delgado' }, recordedAt: '2026-10-01T12:00:00Z',
});

// The store has already matched recipient, purpose, class and period; the rule decides the rest.
const storeHolding = (record: ConsentRecord) => ({ activeFor: async () => [record] }) as Pick<ConsentStore, 'activeFor'> as ConsentStore;

const decideWith = (grantors: Grantor[]) =>
  vawaReleaseRule(storeHolding(release(grantors)), 'dv-shelter')({
    facts: { caller: { subject: 'u1', name: 'U', organization: 'county-child-welfare', roles: ['caseworker'], purposeOfUse: 'COC' }, requestId: 'r1' },
    owner: 'dv-shelter', field: 'Person.dvServices', labels: ['SDV'],
    subject: { personId: 'P-1', localId: 'DV-1' }, at: new Date('2026-11-01T00:00:00Z'),
  });

const minor: Grantor = { name: 'Minor Client', relationship: 'minor-self', isMinor: true };
const parent: Grantor = { name: 'Parent', relationship: 'parent' };

describe('VAWA release rule: signers', () => {
  it('relies on a minor\'s release signed by the minor and a non-abusive parent', async () => {
    expect(await decideWith([minor, parent])).toEqual({ permit: true, basis: 'Consent/rel-1 (VAWA release)' });
  });

  it('refuses a minor\'s release the minor signed alone, though the registry holds it', async () => {
    expect((await decideWith([minor])).permit).toBe(false);
  });

  it('refuses a release the abusive parent signed', async () => {
    expect((await decideWith([minor, { ...parent, flaggedAbuser: true }])).permit).toBe(false);
  });
});
