/**
 * 42 CFR Part 2 (2024 rule), §2.31–2.33: records of a substance use disorder program are disclosed
 * only with the patient's written consent, which names the recipient and purpose; §2.31(b): never
 * on a consent that is expired or known to be revoked. Each disclosure carries the §2.32 notice
 * and a copy or description of the consent (see part2-notice.ts). No consent, no data: there is
 * no treatment exception in this rule.
 */
import type { AgencySystem } from '../../../../adapters/port/agency-systems.js';
import type { ConsentStore } from '../../consent/consent-store.js';
import { deny, permit, type AccessRule } from '../access-request.js';
import { consentsCovering } from './consents-covering.js';

export function part2ConsentRule(consents: ConsentStore, owner: AgencySystem): AccessRule {
  return async ({ facts, subject, at }) => {
    if (!subject.localId) return deny('Part 2: no consent (the program holds no record to disclose)');
    const active = await consentsCovering(consents, owner, { facts, subject, at }, subject.localId, 'SUD');
    const consent = active.find((c) => c.kind === 'part2-consent');
    return consent
      ? permit(`Consent/${consent.id} (42 CFR Part 2 consent)`, ['PART2_NOTICE'])
      : deny(`Part 2: no active consent naming ${facts.caller.organization} for ${facts.caller.purposeOfUse}`);
  };
}
