/** The schools subgraph's policy: `access-policy.yaml` with its rule bound to the district's consent registry. */
import { fileURLToPath } from 'node:url';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import type { ConsentStore } from '../shared/consent/consent-store.js';
import type { OwnerPolicy } from '../shared/policy/owner-policy.js';
import { loadPolicyFile } from '../shared/policy/policy-file.js';
import { ferpaCaseworkerOrConsentRule } from '../shared/policy/rules/ferpa-caseworker-or-consent.js';

export const SCHOOLS_POLICY_FILE = fileURLToPath(new URL('./access-policy.yaml', import.meta.url));

export function loadSchoolsPolicy(consents: ConsentStore, file = SCHOOLS_POLICY_FILE): OwnerPolicy {
  return loadPolicyFile(file, { 'ferpa-caseworker-or-consent': ferpaCaseworkerOrConsentRule(consents, AGENCY_SYSTEMS.schools) });
}
