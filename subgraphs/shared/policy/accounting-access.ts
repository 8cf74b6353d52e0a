/**
 * Who may read a data owner's accounting of its disclosures about a person (HIPAA 45 CFR
 * 164.528; 42 CFR 2.24 for Part 2 records since the 2024 rule; FERPA 34 CFR 99.32, the record of
 * disclosures): the owner's own privacy officer, and the privacy officers of the organizations
 * the owner lists under `accountingReaders` in its access-policy.yaml. Nobody else, and no
 * break-glass: the accounting is not treatment data, and for a DV or SUD program it reveals the
 * very fact of service. Decided before anything is read, so a refusal is the same whoever the
 * person is.
 */
import type { Caller } from '../security/caller.js';
import { deny, permit, type AccessDecision } from './access-request.js';
import type { OwnerPolicy } from './owner-policy.js';

export function accountingAccess(policy: OwnerPolicy, caller: Caller): AccessDecision {
  if (!caller.roles.includes('privacy-officer')) {
    return deny(`accounting: ${caller.roles.join(', ')} is not a privacy officer`);
  }
  if (caller.organization === policy.organization) {
    return permit(`accounting of disclosures read by ${policy.organization}'s privacy officer`);
  }
  if (policy.accountingReaders.includes(caller.organization)) {
    return permit(`accounting of disclosures read by ${caller.organization}'s privacy officer (accountingReaders)`);
  }
  return deny(`accounting: ${caller.organization} is neither ${policy.organization} nor listed in its accountingReaders`);
}
