/**
 * Security labels (HL7 DS4P sensitivity codes, v3-ActCode) that classify each field a data owner
 * serves. A policy decides per label; a field may carry several. `SOC` and `EDU` are local codes:
 * v3-ActCode has no sensitivity code for child welfare case data or education records.
 */
export const SECURITY_LABELS = {
  SOC: 'Child welfare case data (local code): cases, removals, placements, court.',
  EDU: 'Education records protected by FERPA (20 U.S.C. 1232g) (local code).',
  PSY: 'Mental and behavioral health information (v3-ActCode PSY).',
  SUD: 'Substance use disorder information protected by 42 CFR Part 2 (v3-ActCode SUD).',
  SDV: 'Domestic violence services information protected by VAWA, 34 U.S.C. 12291(b)(2) (v3-ActCode SDV).',
} as const;

export type SecurityLabel = keyof typeof SECURITY_LABELS;

export function isSecurityLabel(value: string): value is SecurityLabel {
  return Object.hasOwn(SECURITY_LABELS, value);
}
