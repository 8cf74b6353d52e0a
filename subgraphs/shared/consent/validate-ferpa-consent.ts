/**
 * FERPA written consent to disclose education records: 34 CFR 99.30 (20 U.S.C. 1232g(b)).
 * (a) signed and dated, written (electronic signatures allowed, (d));
 * (b)(1) specifies the records — data classes must include EDU; (b)(2) states the purpose;
 * (b)(3) identifies the party or class of parties who may receive.
 * Who signs: the parent, until the student becomes an "eligible student" (18, or in
 * postsecondary school) and the rights pass to the student (34 CFR 99.3, 99.5).
 * A child welfare caseworker of the agency legally responsible for the child needs no consent
 * (34 CFR 99.31(a)(1)(i)(L), as amended by the Uninterrupted Scholars Act); that is a policy rule,
 * not a consent.
 */
import type { ConsentRule } from './consent-rules.js';
import { capacityOf, signedBy } from './signers.js';
import type { NewConsent } from './types.js';

export const validateFerpaConsent: ConsentRule<NewConsent> = (consent) => {
  const problems: string[] = [];
  if (!consent.writtenDocument?.reference) problems.push('FERPA consent must be written, signed and dated: attach the signed form (34 CFR 99.30(a)).');
  if (!consent.dataClasses.includes('EDU')) problems.push('Specify the education records: include data class EDU (34 CFR 99.30(b)(1)).');
  if (consent.actors.length === 0) problems.push('Identify who may receive the records (34 CFR 99.30(b)(3)).');
  const capacity = capacityOf(consent);
  if ((capacity === 'minor' || capacity === 'minor-may-consent-alone') && !signedBy(consent, 'parent', 'guardian')) {
    problems.push('For a student under 18 the parent (or guardian) signs (34 CFR 99.30(a), 99.5).');
  }
  if (capacity === 'adult' && !signedBy(consent, 'self')) problems.push('An eligible student (18 or older) signs their own consent (34 CFR 99.5(a)).');
  if (capacity === 'adult-with-guardian' && !signedBy(consent, 'guardian')) problems.push('A student with a court-appointed guardian: the guardian signs.');
  return problems;
};
