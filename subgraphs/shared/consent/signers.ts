/** Small helpers the per-law rules share to say who signed. */
import type { Grantor, NewConsent } from './types.js';

export function signedBy(consent: Pick<NewConsent, 'grantors'>, ...relationships: Grantor['relationship'][]): boolean {
  return consent.grantors.some((grantor) => relationships.includes(grantor.relationship));
}

export function capacityOf(consent: Pick<NewConsent, 'subjectCapacity'>) {
  return consent.subjectCapacity ?? 'adult';
}
