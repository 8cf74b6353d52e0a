/**
 * FERPA, 20 U.S.C. 1232g(b)(1)(L) and 34 CFR 99.31(a)(1)(i)(L) (the Uninterrupted Scholars Act):
 * a school may disclose a student's education records without consent to the caseworker of the
 * state or local child welfare agency that is legally responsible for the child's care and
 * protection, when that caseworker has the right to access the child's case plan. Here: the
 * caller is a caseworker, is the one assigned to an open case of this child, and the agency has
 * placement and care responsibility (facts child welfare supplies through the planner). Anyone
 * else needs written consent (34 CFR 99.30) naming them. No onward disclosure: the caseworker
 * may not pass the records on (99.31(a)(1)(i)(L) as amended) — stated in the policy README.
 */
import type { AgencySystem } from '../../../../adapters/port/agency-systems.js';
import type { ConsentStore } from '../../consent/consent-store.js';
import { deny, permit, type AccessRule } from '../access-request.js';
import { consentsCovering } from './consents-covering.js';

export function ferpaCaseworkerOrConsentRule(consents: ConsentStore, owner: AgencySystem): AccessRule {
  return async ({ facts, subject, at }) => {
    const { caller } = facts;
    // Subject ids are unique only within one identity provider: the caller must also belong to
    // the agency that made the assignment, or a same-named account elsewhere would qualify.
    const assigned = (subject.caseworkerAssignments ?? []).some(
      (a) =>
        a.caseworkerId === caller.subject &&
        a.agencyOrganization === caller.organization &&
        a.agencyHasPlacementResponsibility,
    );
    if (caller.roles.includes('caseworker') && assigned) {
      return permit('FERPA 34 CFR 99.31(a)(1)(i)(L) (assigned caseworker, agency with placement responsibility)');
    }
    if (!subject.localId) return deny('FERPA: no consent (the district holds no record)');
    const active = await consentsCovering(consents, owner, { facts, subject, at }, subject.localId, 'EDU');
    const consent = active.find((c) => c.kind === 'ferpa-consent');
    return consent
      ? permit(`Consent/${consent.id} (FERPA consent, 34 CFR 99.30)`)
      : deny(`FERPA: not the assigned caseworker of a responsible agency, and no consent naming ${caller.organization}`);
  };
}
