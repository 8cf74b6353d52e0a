/**
 * Codes the FHIR export uses: the regulation behind each kind of consent (Consent.policy) and
 * the security label coding for each data class (Consent.provision.securityLabel). SUD, PSY and
 * SDV are HL7 v3-ActCode sensitivity codes; EDU and SOC are the hub's local codes.
 */
import type { ConsentKind, DataClass } from './types.js';

export const POLICY_BY_KIND: Record<ConsentKind, { authority: string; uri: string }> = {
  // 34 U.S.C. 12291(b)(2); implementing rule 28 CFR 90.4(b).
  'vawa-release': { authority: 'https://www.justice.gov/ovw', uri: 'https://www.law.cornell.edu/uscode/text/34/12291' },
  'part2-consent': { authority: 'https://www.samhsa.gov', uri: 'https://www.ecfr.gov/current/title-42/section-2.31' },
  'ferpa-consent': { authority: 'https://studentprivacy.ed.gov', uri: 'https://www.ecfr.gov/current/title-34/section-99.30' },
  'hipaa-authorization': { authority: 'https://www.hhs.gov/ocr', uri: 'https://www.ecfr.gov/current/title-45/section-164.508' },
};

const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const LOCAL = 'urn:common-client-hub:security-label';

export const DATA_CLASS_CODINGS: Record<DataClass, { system: string; code: string; display: string }> = {
  SUD: { system: ACT_CODE, code: 'SUD', display: 'substance use disorder information sensitivity' },
  PSY: { system: ACT_CODE, code: 'PSY', display: 'psychiatry disorder information sensitivity' },
  SDV: { system: ACT_CODE, code: 'SDV', display: 'sexual assault, abuse, or domestic violence information sensitivity' },
  EDU: { system: LOCAL, code: 'EDU', display: 'education records (FERPA)' },
  SOC: { system: LOCAL, code: 'SOC', display: 'child welfare case information' },
};
