import { describe, expect, it } from 'vitest';
import { consentStateAt } from './consent-state.js';
import { NOW, vawaRelease } from './testing/sample-consents.js';
import type { ConsentRecord } from './types.js';

const record = (extra: Partial<ConsentRecord> = {}): ConsentRecord => ({
  ...vawaRelease(), id: 'c-1', status: 'active', recordedAt: NOW.toISOString(), ...extra,
});

describe('consentStateAt', () => {
  it('reads a record as pending, active, then expired across its period (end day included)', () => {
    expect(consentStateAt(record(), new Date('2026-04-19T23:59:59Z'))).toBe('pending');
    expect(consentStateAt(record(), NOW)).toBe('active');
    expect(consentStateAt(record(), new Date('2026-07-18T23:59:59Z'))).toBe('active');
    expect(consentStateAt(record(), new Date('2026-07-19T00:00:00Z'))).toBe('expired');
  });

  it('reads a revoked record as revoked from the revocation on, and active before it', () => {
    const revoked = record({ status: 'inactive', revokedAt: NOW.toISOString() });
    expect(consentStateAt(revoked, NOW)).toBe('revoked');
    expect(consentStateAt(revoked, new Date(NOW.getTime() - 1))).toBe('active');
  });

  it('never reads a draft, rejected or erroneous record as active', () => {
    expect(consentStateAt(record({ status: 'draft' }), NOW)).toBe('draft');
    expect(consentStateAt(record({ status: 'rejected' }), NOW)).toBe('rejected');
    expect(consentStateAt(record({ status: 'entered-in-error' }), NOW)).toBe('entered-in-error');
    expect(consentStateAt(record({ status: 'inactive' }), NOW)).toBe('revoked');
  });
});
