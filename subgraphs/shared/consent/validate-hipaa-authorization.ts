/**
 * HIPAA authorization for uses and disclosures not otherwise permitted: 45 CFR 164.508.
 * (b)(1) written; (c)(1) core elements: (i) description of the information — a data class;
 * (ii) who may disclose — the owner; (iii) recipients; (iv) purpose; (v) expiration date or event;
 * (vi) signature and date — validate-common; (c)(2)(i) the right to revoke in writing.
 * Signed by the individual or a personal representative (164.502(g)): a parent or guardian for an
 * unemancipated minor, unless the minor may consent to the care alone; a guardian for an adult.
 */
import type { ConsentRule } from './consent-rules.js';
import { capacityOf, signedBy } from './signers.js';
import type { NewConsent } from './types.js';

export const validateHipaaAuthorization: ConsentRule<NewConsent> = (consent) => {
  const problems: string[] = [];
  if (!consent.writtenDocument?.reference) problems.push('A HIPAA authorization must be written: attach the signed form (45 CFR 164.508(b)(1)).');
  if (consent.actors.length === 0) problems.push('Name the recipients (45 CFR 164.508(c)(1)(iii)).');
  if (consent.period.end === undefined && !consent.expirationEvent?.trim()) problems.push('Give an expiration date or event (45 CFR 164.508(c)(1)(v)).');
  if (!consent.rightToRevokeAcknowledged) problems.push('The form must state the right to revoke in writing (45 CFR 164.508(c)(2)(i)).');
  const signer = { adult: ['self'], minor: ['parent', 'guardian'], 'minor-may-consent-alone': ['minor-self'], 'adult-with-guardian': ['guardian'] } as const;
  if (!signedBy(consent, ...signer[capacityOf(consent)])) {
    problems.push('Signed by the wrong person: the individual or their personal representative signs (45 CFR 164.508(c)(1)(vi), 164.502(g)).');
  }
  return problems;
};
