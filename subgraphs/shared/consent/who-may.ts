/**
 * Who may record, list and revoke consents, per owner. The law gives each consent to the party
 * that holds the records, so only that party's own staff (a caller whose organization is one of the
 * owner's custodian organizations) manage it; an outside privacy officer sees none of it, because
 * even that a release exists tells that the person is a DV client (34 U.S.C. 12291(b)(2)) or a
 * substance-use patient (42 CFR 2.13(c)). Revoking is open to the owner's privacy officer
 * everywhere: revocation must never be harder than signing.
 */
import type { AgencySystem } from '../../../adapters/port/agency-systems.js';
import type { Caller, Role } from '../security/caller.js';
import type { ConsentKind } from './types.js';

export type ConsentAction = 'record' | 'list' | 'revoke';

export interface OwnerConsentPolicy {
  /** The kinds of consent this owner holds; recording another kind is refused. */
  kinds: readonly ConsentKind[];
  record: readonly Role[];
  list: readonly Role[];
  revoke: readonly Role[];
  basis: string;
}

export const CONSENT_MANAGERS: Record<AgencySystem, OwnerConsentPolicy> = {
  'dv-shelter': {
    kinds: ['vawa-release'],
    // An informed release is a conversation about risks, held by the survivor's advocate.
    record: ['dv-advocate'],
    list: ['dv-advocate', 'privacy-officer'],
    revoke: ['dv-advocate', 'privacy-officer'],
    basis: '34 U.S.C. 12291(b)(2); 28 CFR 90.4(b); 42 U.S.C. 10406(c)(5)',
  },
  'behavioral-health': {
    kinds: ['part2-consent', 'hipaa-authorization'],
    record: ['bh-clinician', 'privacy-officer'],
    list: ['bh-clinician', 'privacy-officer'],
    revoke: ['bh-clinician', 'privacy-officer'],
    basis: '42 CFR 2.31, 2.13(c); 45 CFR 164.508',
  },
  schools: {
    kinds: ['ferpa-consent'],
    record: ['school-counselor', 'privacy-officer'],
    list: ['school-counselor', 'privacy-officer'],
    revoke: ['school-counselor', 'privacy-officer'],
    basis: '34 CFR 99.30; 99.2 (records kept by the educational agency)',
  },
  // Child welfare discloses under its own statutes (and FERPA's (b)(1)(L) runs towards it); it
  // holds no consents in the hub yet.
  'child-welfare': { kinds: [], record: [], list: [], revoke: [], basis: 'none held yet' },
};

/** Which organizations' staff act for each owner. Defaults: the demo organizations; a deployment configures its own. */
export type ConsentCustodians = Record<AgencySystem, readonly string[]>;

export const DEMO_CUSTODIANS: ConsentCustodians = {
  'dv-shelter': ['dv-program'],
  'behavioral-health': ['juniper-family-counseling'],
  schools: ['unified-school-district'],
  'child-welfare': ['county-child-welfare'],
};

export function kindsHeldBy(owner: AgencySystem): readonly ConsentKind[] {
  return CONSENT_MANAGERS[owner]?.kinds ?? [];
}

export function mayManageConsents(
  caller: Pick<Caller, 'organization' | 'roles'>,
  owner: AgencySystem,
  action: ConsentAction,
  custodians: ConsentCustodians = DEMO_CUSTODIANS,
): boolean {
  const policy = CONSENT_MANAGERS[owner];
  if (!policy || !(custodians[owner] ?? []).includes(caller.organization)) return false;
  return caller.roles.some((role) => policy[action].includes(role));
}
