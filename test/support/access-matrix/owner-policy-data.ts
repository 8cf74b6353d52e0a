/**
 * The two tables of an owner's access-policy.yaml the oracle reads as data: the owner's own
 * organization and the minimum-necessary table (45 CFR 164.502(b): which labels each role's work
 * needs). Parsed here with the yaml library directly, not through the hub's policy loader, and the
 * `rules` section is ignored on purpose: the oracle states the rules itself (oracle.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { AgencySystem } from '../../../adapters/port/agency-systems.js';
import type { Role } from '../../../subgraphs/shared/security/caller.js';

export interface OwnerPolicyData {
  organization: string;
  minimumNecessary: Partial<Record<Role, string[]>>;
}

const cache = new Map<AgencySystem, OwnerPolicyData>();

export function readOwnerPolicyData(owner: AgencySystem): OwnerPolicyData {
  const cached = cache.get(owner);
  if (cached) return cached;
  const path = fileURLToPath(new URL(`../../../subgraphs/${owner}/access-policy.yaml`, import.meta.url));
  const raw = parse(readFileSync(path, 'utf8')) as { organization?: unknown; minimumNecessary?: Record<string, string[]> };
  if (typeof raw.organization !== 'string' || !raw.minimumNecessary) throw new Error(`${path}: no organization or minimumNecessary table`);
  const data = { organization: raw.organization, minimumNecessary: raw.minimumNecessary };
  cache.set(owner, data);
  return data;
}
