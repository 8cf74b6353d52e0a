/**
 * The expected outcome of a case, from the law as the issue and design.md state it. Only the
 * owners' minimum-necessary tables and organizations are read from their policy files (as data);
 * the rules are written out here, independently of subgraphs/shared/policy:
 * 1. minimum necessary (45 CFR 164.502(b)): no role of the caller needs the label → denied, even
 *    for the owner's own staff;
 * 2. the owner's own staff see its records for their work;
 * 3. otherwise, per label:
 *    SDV (VAWA 34 U.S.C. 12291(b)(2)) — only a valid release naming the recipient;
 *    SUD (42 CFR 2.31–2.33) — only a valid Part 2 consent; no treatment exception; each disclosure
 *        carries the §2.32 notice;
 *    PSY (HIPAA 164.506(c)(2), 164.508) — another provider's clinician for treatment, or an
 *        authorization;
 *    EDU (FERPA 1232g(b)(1)(L), 99.30) — the caseworker of the agency responsible for the child
 *        who is assigned to the child's open case, or a written consent;
 *    SOC (CAPTA, state law) — nobody outside child welfare.
 * SUD data sits inside the behavioral health record, so a SUD case passes the PSY gate first.
 */
import type { ConsentRecord } from '../../../subgraphs/shared/consent/types.js';
import type { MatrixCase } from './cases.js';
import type { MatrixCaller } from './callers.js';
import { validConsentFor } from './consent-law.js';
import { LABEL_SETTINGS, type MatrixLabel } from './dimensions.js';
import { readOwnerPolicyData } from './owner-policy-data.js';
import type { MatrixPerson } from './persons.js';

export interface ExpectedDecision {
  label: MatrixLabel;
  field: string;
  permit: boolean;
  /** Why, in the law's words: for the failure message. */
  because: string;
  /** The consent a permit rests on, if any. */
  consent?: ConsentRecord;
}

export interface ExpectedOutcome {
  /** In the order the hub meets them: for SUD, the PSY gate then SUD. Stops at the first denial. */
  decisions: ExpectedDecision[];
  allowed: boolean;
  /** 42 CFR 2.32: the notice must accompany the data (SUD disclosed outside the program). */
  part2NoticeFor?: ConsentRecord;
}

const RESPONSIBLE_AGENCY = readOwnerPolicyData('child-welfare').organization;

function decideLabel(label: MatrixLabel, caller: MatrixCaller, person: MatrixPerson, forms: readonly ConsentRecord[], now: Date): ExpectedDecision {
  const { owner, field } = LABEL_SETTINGS[label];
  const policy = readOwnerPolicyData(owner);
  const decision = (permit: boolean, because: string, consent?: ConsentRecord): ExpectedDecision => ({ label, field, permit, because, consent });
  if (!policy.minimumNecessary[caller.role]?.includes(label)) return decision(false, `minimum necessary: a ${caller.role}'s work does not need ${label}`);
  if (caller.organization === policy.organization) return decision(true, `${owner}'s own staff`);
  const consented = (kind: Parameters<typeof validConsentFor>[0]) => validConsentFor(kind, label, forms, caller, now);
  switch (label) {
    case 'SDV': {
      const release = consented('vawa-release');
      return release ? decision(true, 'VAWA release', release) : decision(false, 'VAWA: no valid release naming the caller');
    }
    case 'SUD': {
      const consent = consented('part2-consent');
      return consent ? decision(true, 'Part 2 consent', consent) : decision(false, 'Part 2: no valid consent naming the caller for this purpose');
    }
    case 'PSY': {
      if (caller.role === 'bh-clinician' && caller.purpose === 'TREAT') return decision(true, 'HIPAA 164.506(c)(2): treatment by another provider');
      const authorization = consented('hipaa-authorization');
      return authorization ? decision(true, 'HIPAA authorization', authorization) : decision(false, 'HIPAA: not treatment, no authorization');
    }
    case 'EDU': {
      const assigned = caller.role === 'caseworker' && caller.organization === RESPONSIBLE_AGENCY && person.assignedCaseworkers.includes(caller.subject);
      if (assigned) return decision(true, 'FERPA (b)(1)(L): assigned caseworker of the responsible agency');
      const consent = consented('ferpa-consent');
      return consent ? decision(true, 'FERPA consent', consent) : decision(false, 'FERPA: not the assigned caseworker, no consent');
    }
    case 'SOC':
      return decision(false, 'child welfare case data does not leave the agency');
  }
}

export function expectedOutcome(c: MatrixCase, caller: MatrixCaller, person: MatrixPerson, forms: readonly ConsentRecord[], now: Date): ExpectedOutcome {
  const labels: MatrixLabel[] = c.label === 'SUD' ? ['PSY', 'SUD'] : [c.label];
  const decisions: ExpectedDecision[] = [];
  for (const label of labels) {
    const d = decideLabel(label, caller, person, forms, now);
    decisions.push(d);
    if (!d.permit) break;
  }
  const allowed = decisions.length === labels.length && decisions.every((d) => d.permit);
  const sud = decisions.find((d) => d.label === 'SUD');
  return { decisions, allowed, ...(allowed && sud?.consent ? { part2NoticeFor: sud.consent } : {}) };
}
