/**
 * Break-the-glass: an emergency override a data owner MAY honour, on its own terms, when its
 * ordinary rules refuse. The caller declares the emergency to the identity provider (a reason and
 * a short window); the gateway forwards the declaration in its signed token; and this owner
 * re-checks everything itself, because swapping the gateway must not weaken an owner's rule:
 * its policy honours an override at all, for this role, purpose and these labels, about one
 * person, with a reason, inside a window that has not ended and is no longer than the owner allows.
 *
 * The law differs per owner, so each says in its access-policy.yaml whether and how:
 *   - 42 CFR 2.51: Part 2 records to medical personnel for a bona fide medical emergency when
 *     consent cannot be obtained; the program documents who, when and the nature of the emergency;
 *   - HIPAA 45 CFR 164.506(c)(2), 164.510(b)(3): emergency treatment;
 *   - FERPA 34 CFR 99.36: health or safety emergency, to appropriate parties;
 *   - VAWA 34 U.S.C. 12291(b)(2) has NO emergency exception: SDV can never be overridden
 *     (policy-file.ts refuses it when the file is loaded).
 * Every decision made under a declaration carries the declaration into the audit entry
 * (disclosure-recorder.ts), so the privacy officer reviews every one of them.
 */
import type { PurposeOfUse, Role } from '../security/caller.js';
import { deny, permit, type AccessDecision, type AccessRequest } from './access-request.js';
import type { SecurityLabel } from './security-labels.js';

export interface BreakGlassPolicy {
  /** Roles that may invoke the override at this owner. */
  roles: Role[];
  /** The only labels an override can release. */
  labels: SecurityLabel[];
  /** Purposes of use an emergency declaration must carry (e.g. ETREAT, BTG). */
  purposes: PurposeOfUse[];
  /** The longest window this owner accepts, counted from the moment of the decision. */
  maxMinutes: number;
  /** The legal basis the audit names for an override, e.g. `42 CFR 2.51 (medical emergency)`. */
  basis: string;
}

/** Labels no override may ever release: VAWA 34 U.S.C. 12291(b)(2) has no emergency exception. */
export const NEVER_OVERRIDDEN: readonly SecurityLabel[] = ['SDV'];

export function breakGlassOverride(policy: BreakGlassPolicy | null, owner: string, request: AccessRequest): AccessDecision {
  const { caller } = request.facts;
  const declared = caller.breakGlass;
  if (!declared) return deny('break-glass: none declared');
  if (!policy) return deny(`break-glass: ${owner} honours no emergency override`);
  // An emergency is about one person: a list (a caseload) is never opened by an override.
  if (!request.subject.personId) return deny('break-glass: an override covers one person, not a list');
  if (typeof declared.reason !== 'string' || !declared.reason.trim()) return deny('break-glass: no reason given');
  const expires = Date.parse(declared.expiresAt);
  const now = request.at.getTime();
  if (Number.isNaN(expires)) return deny(`break-glass: the window's end "${declared.expiresAt}" is not a time`);
  if (expires <= now) return deny(`break-glass: the window ended at ${declared.expiresAt}`);
  if (expires - now > policy.maxMinutes * 60_000) {
    return deny(`break-glass: the window runs to ${declared.expiresAt}, longer than ${owner}'s ${policy.maxMinutes} minutes`);
  }
  if (!caller.roles.some((role) => policy.roles.includes(role))) {
    return deny(`break-glass: ${owner} honours it for ${policy.roles.join(', ')} only`);
  }
  if (!policy.purposes.includes(caller.purposeOfUse)) {
    return deny(`break-glass: purpose ${caller.purposeOfUse} is not an emergency purpose ${owner} honours (${policy.purposes.join(', ')})`);
  }
  const outside = request.labels.filter((label) => NEVER_OVERRIDDEN.includes(label) || !policy.labels.includes(label));
  if (outside.length) return deny(`break-glass: ${owner} never opens ${outside.join(', ')} by override`);
  return permit(`BREAK-GLASS override: ${policy.basis}`);
}
