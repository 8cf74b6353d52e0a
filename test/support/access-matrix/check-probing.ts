/**
 * Probing (VAWA 34 U.S.C. 12291(b)(2); 42 CFR 2.13): to a caller outside the owner who is denied,
 * "this person has DV (or SUD) records" must read exactly like "this person has none". Each
 * request carries a control of each kind; a denied case's answer for the protected part must equal
 * the control's byte for byte (after renaming the alias in error paths).
 */
import type { MatrixCase } from './cases.js';
import { LABEL_SETTINGS } from './dimensions.js';
import { readOwnerPolicyData } from './owner-policy-data.js';
import type { AliasAnswer, CaseAnswer } from './run-matrix.js';

/** The part of an aliased answer that could give a DV client away. */
function dvPart(a: AliasAnswer): string {
  return JSON.stringify({
    dvServices: a.data?.dvServices,
    dvLinks: (a.data?.links ?? []).filter((l: { system: string }) => l.system === 'dv-shelter'),
    errors: a.errors.map((e) => ({ message: e.message, code: e.extensions?.code, path: e.path?.slice(1) })),
  });
}

/** The part that could give a substance use patient away: the SUD field and its errors. */
function sudPart(a: AliasAnswer): string {
  return JSON.stringify({
    record: a.data?.behavioralHealth === null ? null : 'shown',
    substanceUseConditions: a.data?.behavioralHealth?.substanceUseConditions,
    errors: a.errors.map((e) => ({ message: e.message, code: e.extensions?.code, path: e.path?.slice(1) })),
  });
}

/** Whether the case is one the probing rule speaks about: SDV/SUD, denied, caller outside the owner. */
export function isProbe(c: MatrixCase, allowed: boolean): boolean {
  if (allowed || (c.label !== 'SDV' && c.label !== 'SUD')) return false;
  return c.organization !== readOwnerPolicyData(LABEL_SETTINGS[c.label].owner).organization;
}

export function checkProbing(c: MatrixCase, answer: CaseAnswer): string[] {
  const [mine, control] = c.label === 'SDV' ? [dvPart(answer), dvPart(answer.controls.noDv)] : [sudPart(answer), sudPart(answer.controls.noSud)];
  return mine === control ? [] : [`${c.id}: a denied ${c.label} person reads differently from one with none: ${mine} vs ${control}`];
}
