/**
 * A data owner's policy: which labels each field carries, which labels each role's work needs
 * (minimum necessary, 45 CFR 164.502(b)), and which rule decides each label. Loaded from the
 * owner's `access-policy.yaml`, which an agency privacy officer can read and change.
 *
 * Decision order, for every label of the field:
 *   1. minimum necessary: some role of the caller needs this label at all, else deny;
 *   2. the owner's own staff (caller's organization = the owner's) are permitted;
 *   3. otherwise the label's rule decides (consent, release, legal authority); no rule = deny.
 * All labels must be permitted; the bases are joined for the audit trail.
 *   4. when that denies and the caller declared an emergency, the owner's own break-glass terms
 *      decide (break-glass.ts); the audit entry carries the declaration either way.
 */
import type { AgencySystem } from '../../../adapters/port/agency-systems.js';
import type { Role } from '../security/caller.js';
import { breakGlassOverride, type BreakGlassPolicy } from './break-glass.js';
import { deny, permit, type AccessDecision, type AccessRequest, type AccessRule, type Obligation } from './access-request.js';
import type { SecurityLabel } from './security-labels.js';

export interface OwnerPolicy {
  owner: AgencySystem;
  /** The owner's own organization id: its staff see its records for their work. */
  organization: string;
  /** Organization ids of the owner's SUD programs, whose records are Part 2 records (42 CFR 2.11). */
  part2Programs: string[];
  /** Schema coordinate (`Type.field`) -> the labels it carries. */
  fields: Record<string, SecurityLabel[]>;
  minimumNecessary: Partial<Record<Role, SecurityLabel[]>>;
  /** Label -> the rule that decides it for callers outside the owner. */
  rules: Partial<Record<SecurityLabel, AccessRule>>;
  /** Organizations, besides the owner, whose privacy officers may read its accounting of disclosures. */
  accountingReaders: string[];
  /** The owner's emergency override terms, or null when it honours none. */
  breakGlass: BreakGlassPolicy | null;
}

export function labelsOf(policy: OwnerPolicy, field: string): SecurityLabel[] {
  const labels = policy.fields[field];
  if (!labels) throw new Error(`${policy.owner} policy labels no field ${field}: every guarded field must be labelled.`);
  return labels;
}

export async function decide(policy: OwnerPolicy, request: AccessRequest): Promise<AccessDecision> {
  const decision = await decideByRules(policy, request);
  if (decision.permit || !request.facts.caller.breakGlass) return decision;
  const override = breakGlassOverride(policy.breakGlass, policy.owner, request);
  return override.permit ? override : deny(`${decision.reason}; ${override.reason}`);
}

async function decideByRules(policy: OwnerPolicy, request: AccessRequest): Promise<AccessDecision> {
  const { caller } = request.facts;
  const bases: string[] = [];
  const obligations = new Set<Obligation>();
  for (const label of request.labels) {
    const needed = caller.roles.some((role) => policy.minimumNecessary[role]?.includes(label));
    if (!needed) return deny(`minimum necessary: no role of ${caller.roles.join(', ')} needs ${label}`);
    if (caller.organization === policy.organization) {
      bases.push(`${policy.owner} staff`);
      continue;
    }
    const rule = policy.rules[label];
    if (!rule) return deny(`no rule lets ${label} leave ${policy.owner}`);
    const decision = await rule(request);
    if (!decision.permit) return decision;
    bases.push(decision.basis);
    for (const o of decision.obligations ?? []) obligations.add(o);
  }
  return permit([...new Set(bases)].join('; '), [...obligations]);
}
