/**
 * What a consent means at a given moment. Only `active` lets anything out: 42 CFR 2.31(b) bars
 * disclosure on a consent that is expired or known to be revoked, and a VAWA release is
 * "reasonably time-limited" and revocable at once (34 U.S.C. 12291(b)(2); 28 CFR 90.4(b)).
 * The SQL store applies the same test in its `activeFor` query; the store suite checks they agree.
 */
import { periodBounds } from './consent-period.js';
import type { ConsentRecord, ConsentState } from './types.js';

export function consentStateAt(record: ConsentRecord, at: Date): ConsentState {
  if (record.status === 'entered-in-error') return 'entered-in-error';
  if (record.revokedAt !== undefined && new Date(record.revokedAt).getTime() <= at.getTime()) return 'revoked';
  if (record.status === 'draft' || record.status === 'proposed') return 'draft';
  if (record.status === 'rejected') return 'rejected';
  // `inactive` without a revocation in effect at `at`: active then, if in period (an accounting
  // of disclosures asks what held at the time).
  if (record.status === 'inactive' && record.revokedAt === undefined) return 'revoked';
  const { start, end } = periodBounds(record.period);
  if (at.getTime() < start.getTime()) return 'pending';
  if (end && at.getTime() >= end.getTime()) return 'expired';
  return 'active';
}
