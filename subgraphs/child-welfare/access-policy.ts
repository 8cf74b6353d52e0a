/** The child welfare subgraph's policy: `access-policy.yaml` (no rule releases case data outside the agency). */
import { fileURLToPath } from 'node:url';
import type { OwnerPolicy } from '../shared/policy/owner-policy.js';
import { loadPolicyFile } from '../shared/policy/policy-file.js';

export const CW_POLICY_FILE = fileURLToPath(new URL('./access-policy.yaml', import.meta.url));

export function loadChildWelfarePolicy(file = CW_POLICY_FILE): OwnerPolicy {
  return loadPolicyFile(file, {});
}
