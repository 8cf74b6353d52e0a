/**
 * Every consent is checked twice: against what all consents must carry (validate-common) and
 * against the rule of the law it is given under (one file per law). Recording refuses a consent
 * with any problem and returns the problems, in the order a person would fix them.
 */
import type { ConsentRule, ValidationContext } from './consent-rules.js';
import type { ConsentKind, NewConsent } from './types.js';
import { validateCommon } from './validate-common.js';
import { validateFerpaConsent } from './validate-ferpa-consent.js';
import { validateHipaaAuthorization } from './validate-hipaa-authorization.js';
import { validatePart2Consent } from './validate-part2-consent.js';
import { validateVawaRelease } from './validate-vawa-release.js';

export const RULE_BY_KIND: Record<ConsentKind, ConsentRule<NewConsent>> = {
  'vawa-release': validateVawaRelease,
  'part2-consent': validatePart2Consent,
  'ferpa-consent': validateFerpaConsent,
  'hipaa-authorization': validateHipaaAuthorization,
};

export function validateConsent(consent: NewConsent, context: ValidationContext): string[] {
  const lawRule = RULE_BY_KIND[consent.kind];
  const problems = [...validateCommon(consent, context), ...(lawRule ? lawRule(consent, context) : [])];
  return [...new Set(problems)];
}
