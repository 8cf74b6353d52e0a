/** The behavioral health subgraph's policy: `access-policy.yaml` with its rules bound to its consent registry. */
import { fileURLToPath } from 'node:url';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import type { ConsentStore } from '../shared/consent/consent-store.js';
import type { OwnerPolicy } from '../shared/policy/owner-policy.js';
import { loadPolicyFile } from '../shared/policy/policy-file.js';
import { hipaaTreatmentOrAuthorizationRule } from '../shared/policy/rules/hipaa-treatment-or-authorization.js';
import { part2ConsentRule } from '../shared/policy/rules/part2-consent.js';

export const BH_POLICY_FILE = fileURLToPath(new URL('./access-policy.yaml', import.meta.url));

export function loadBehavioralHealthPolicy(consents: ConsentStore, file = BH_POLICY_FILE): OwnerPolicy {
  const owner = AGENCY_SYSTEMS.behavioralHealth;
  return loadPolicyFile(file, {
    'hipaa-treatment-or-authorization': hipaaTreatmentOrAuthorizationRule(consents, owner),
    'part2-consent': part2ConsentRule(consents, owner),
  });
}
