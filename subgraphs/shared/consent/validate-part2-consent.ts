/**
 * 42 CFR Part 2 consent to disclose substance use disorder records: 42 CFR 2.31 (2024 rule,
 * 89 FR 12472). §2.31(a) elements, each checked here or in validate-common:
 *   (1) patient name — the person or local record;  (2) who may disclose — the owner (program);
 *   (3) a specific description of the information — data classes, which must include SUD;
 *   (4) recipients — at least one actor;  (5) purpose — at least one purpose of use;
 *   (6) the right to revoke and how — acknowledged on the form;
 *   (7) an expiration date or event;  (8) signature of the patient or authorized person
 *   (§2.14 minors, §2.15 guardians);  (9) date signed.
 * §2.31(b): no disclosure on a consent that is expired, revoked or facially non-conforming —
 * expired at recording is refused (validate-common); revoked and expired later are `consentStateAt`.
 * The TPO notices of the 2024 text (§2.31(a)(4)(iii), (a)(10)) are not checked: their wording is
 * unverified here.
 */
import type { ConsentRule } from './consent-rules.js';
import { capacityOf, signedBy } from './signers.js';
import type { NewConsent } from './types.js';

export const validatePart2Consent: ConsentRule<NewConsent> = (consent) => {
  const problems: string[] = [];
  if (!consent.writtenDocument?.reference) problems.push('A Part 2 consent must be written (paper or electronic): attach the signed form (42 CFR 2.31(a)).');
  if (!consent.dataClasses.includes('SUD')) problems.push('Describe the substance use disorder information: include data class SUD (42 CFR 2.31(a)(3)).');
  if (consent.actors.length === 0) problems.push('Name the recipients, by name or class (42 CFR 2.31(a)(4)).');
  if (!consent.rightToRevokeAcknowledged) problems.push('The form must state the right to revoke and how (42 CFR 2.31(a)(6)).');
  if (consent.period.end === undefined && !consent.expirationEvent?.trim()) {
    problems.push('Give an expiration date or event (42 CFR 2.31(a)(7)).');
  }
  problems.push(...signerProblems(consent));
  return problems;
};

function signerProblems(consent: NewConsent): string[] {
  switch (capacityOf(consent)) {
    case 'adult':
      return signedBy(consent, 'self') ? [] : ['The patient signs (42 CFR 2.31(a)(8)).'];
    case 'minor-may-consent-alone':
      return signedBy(consent, 'minor-self') ? [] : ['A minor who may consent to treatment alone signs alone (42 CFR 2.14(a)).'];
    case 'minor':
      return signedBy(consent, 'minor-self') && signedBy(consent, 'parent', 'guardian')
        ? []
        : ['Where state law needs a parent for treatment, the minor and a parent or guardian both sign (42 CFR 2.14(b)).'];
    case 'adult-with-guardian':
      return signedBy(consent, 'guardian') ? [] : ['A patient adjudicated incompetent: the guardian signs (42 CFR 2.15(a)).'];
  }
}
