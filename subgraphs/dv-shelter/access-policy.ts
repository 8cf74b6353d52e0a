/** The DV subgraph's policy: `access-policy.yaml` with its rules bound to the program's release registry. */
import { fileURLToPath } from 'node:url';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import type { ConsentStore } from '../shared/consent/consent-store.js';
import type { OwnerPolicy } from '../shared/policy/owner-policy.js';
import { loadPolicyFile } from '../shared/policy/policy-file.js';
import { vawaReleaseRule } from '../shared/policy/rules/vawa-release.js';

export const DV_POLICY_FILE = fileURLToPath(new URL('./access-policy.yaml', import.meta.url));

export function loadDvShelterPolicy(releases: ConsentStore, file = DV_POLICY_FILE): OwnerPolicy {
  return loadPolicyFile(file, { 'vawa-release': vawaReleaseRule(releases, AGENCY_SYSTEMS.dvShelter) });
}
