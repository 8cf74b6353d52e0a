/**
 * HIPAA Privacy Rule for behavioral health information outside the provider: a covered entity may
 * disclose for the treatment activities of another health care provider without authorization
 * (45 CFR 164.506(c)(2)) — here a clinician calling with purpose TREAT — and otherwise only with
 * the individual's written authorization (45 CFR 164.508) naming the recipient and purpose.
 * (Psychotherapy notes are not served at all; 164.508(a)(2).)
 */
import type { AgencySystem } from '../../../../adapters/port/agency-systems.js';
import type { ConsentStore } from '../../consent/consent-store.js';
import { deny, permit, type AccessRule } from '../access-request.js';
import { consentsCovering } from './consents-covering.js';

export function hipaaTreatmentOrAuthorizationRule(consents: ConsentStore, owner: AgencySystem): AccessRule {
  return async ({ facts, subject, at }) => {
    const { caller } = facts;
    if (caller.purposeOfUse === 'TREAT' && caller.roles.includes('bh-clinician')) {
      return permit('HIPAA 45 CFR 164.506(c)(2) (treatment by another provider)');
    }
    if (!subject.localId) return deny('HIPAA: no authorization (the provider holds no record to disclose)');
    const active = await consentsCovering(consents, owner, { facts, subject, at }, subject.localId, 'PSY');
    const authorization = active.find((c) => c.kind === 'hipaa-authorization');
    return authorization
      ? permit(`Consent/${authorization.id} (HIPAA authorization)`)
      : deny(`HIPAA: no authorization naming ${caller.organization} for ${caller.purposeOfUse}`);
  };
}
