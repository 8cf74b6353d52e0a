/**
 * VAWA, 34 U.S.C. 12291(b)(2); 28 CFR 90.4: a domestic violence program may not disclose any
 * personally identifying information about a person it serves — not even that it serves them —
 * without that person's informed, written, reasonably time-limited release naming the recipient.
 * Releases are validated when recorded (validate-vawa-release.ts: written, recipient named,
 * time-limited, signers, never the abuser); here a release must also be active now, name this
 * caller (organization, role or person), cover this purpose and SDV, have no signer who has
 * since been flagged as the abuser, and carry the signatures the law requires (for a minor, the
 * minor and a non-abusive parent) — checked again here because a registry row need not have come
 * through `record` (an import, a migration, a direct write). No release, no data: there is no
 * other basis in this rule.
 */
import type { AgencySystem } from '../../../../adapters/port/agency-systems.js';
import type { ConsentStore } from '../../consent/consent-store.js';
import { vawaSignerProblems } from '../../consent/validate-vawa-release.js';
import { deny, permit, type AccessRule } from '../access-request.js';
import { consentsCovering } from './consents-covering.js';

export function vawaReleaseRule(releases: ConsentStore, owner: AgencySystem): AccessRule {
  return async ({ facts, subject, at }) => {
    if (!subject.localId) return deny('VAWA: no release (the program holds no record to release)');
    const active = await consentsCovering(releases, owner, { facts, subject, at }, subject.localId, 'SDV');
    const release = active.find(
      (c) => c.kind === 'vawa-release' && !c.grantors.some((g) => g.flaggedAbuser) && vawaSignerProblems(c).length === 0,
    );
    return release
      ? permit(`Consent/${release.id} (VAWA release)`)
      : deny(`VAWA: no active release naming ${facts.caller.organization} for ${facts.caller.purposeOfUse}`);
  };
}
