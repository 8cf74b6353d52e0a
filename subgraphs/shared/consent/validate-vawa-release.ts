/**
 * VAWA / FVPSA release of a survivor's information: 34 U.S.C. 12291(b)(2), 28 CFR 90.4(b),
 * 42 U.S.C. 10406(c)(5). A DV program may release personally identifying information only on the
 * survivor's informed, written, reasonably time-limited release naming the recipient.
 * - Written: oral consent is not enough (an oral revocation, though, takes effect at once).
 * - Names the recipient; best practice is one recipient per release (configurable).
 * - Time-limited: an end date, no further than the configured maximum (default 90 days, the
 *   limit WA's coalition guidance sets for a release with no date).
 * - Never signed by the abuser of the client, of the minor, or of the minor's other parent.
 * - Who signs: an adult, the survivor; an unemancipated minor, the minor and one non-abusive
 *   parent or guardian; a minor who may lawfully receive the services alone, the minor alone; an
 *   adult with a court-appointed guardian, the guardian.
 */
import { periodBounds, periodDays } from './consent-period.js';
import type { ConsentRule } from './consent-rules.js';
import { capacityOf, signedBy } from './signers.js';
import type { NewConsent } from './types.js';

export const validateVawaRelease: ConsentRule<NewConsent> = (consent, { rules }) => {
  const problems: string[] = [];
  if (!consent.writtenDocument?.reference) {
    problems.push('A VAWA release must be written and signed: attach the signed form (oral consent is not enough).');
  }
  if (consent.actors.length === 0) problems.push('A VAWA release must name the recipient.');
  else if (rules.vawaOneRecipientPerRelease && consent.actors.length > 1) {
    problems.push(`A VAWA release names one recipient; this one names ${consent.actors.length}. Use one release per recipient.`);
  }
  if (!consent.dataClasses.includes('SDV')) problems.push('A VAWA release covers the DV program\'s information: include data class SDV.');
  problems.push(...timeLimitProblems(consent, rules.vawaMaxDays));
  if (consent.grantors.some((grantor) => grantor.flaggedAbuser)) {
    problems.push('Signed by a person flagged as the abuser: an abuser can never consent to a release (34 U.S.C. 12291(b)(2)).');
  }
  problems.push(...vawaSignerProblems(consent));
  return problems;
};

function timeLimitProblems(consent: NewConsent, maxDays: number): string[] {
  if (consent.period.end === undefined) {
    return [`A VAWA release must be time-limited: give an end date (at most ${maxDays} days).`];
  }
  let days: number | undefined;
  try {
    days = periodDays(periodBounds(consent.period));
  } catch {
    return []; // validate-common reports the malformed period
  }
  return days !== undefined && days > maxDays
    ? [`A VAWA release may run at most ${maxDays} days; this one runs ${Math.ceil(days)}.`]
    : [];
}

/** Who must sign, ignoring anyone flagged as the abuser; also checked when a release is relied on (rules/vawa-release.ts). */
export function vawaSignerProblems(consent: Pick<NewConsent, 'grantors' | 'subjectCapacity'>): string[] {
  const nonAbusive = { grantors: consent.grantors.filter((grantor) => !grantor.flaggedAbuser) };
  switch (capacityOf(consent)) {
    case 'adult':
      return signedBy(nonAbusive, 'self') ? [] : ['An adult survivor signs their own release.'];
    case 'minor':
      return [
        ...(signedBy(nonAbusive, 'minor-self') ? [] : ['A minor\'s release needs the minor\'s own signature.']),
        ...(signedBy(nonAbusive, 'parent', 'guardian') ? [] : ['A minor\'s release needs one non-abusive parent or guardian as well.']),
      ];
    case 'minor-may-consent-alone':
      return signedBy(nonAbusive, 'minor-self') ? [] : ['This minor may consent alone, but must sign the release.'];
    case 'adult-with-guardian':
      return signedBy(nonAbusive, 'guardian') ? [] : ['An adult with a court-appointed guardian: the guardian signs.'];
  }
}
