/**
 * Which DV clients may take part in record linkage: VAWA (34 U.S.C. 12291(b)(2); 28 CFR 90.4)
 * lets a DV program release personally identifying information — hashed or encrypted identifiers
 * included — only on the client's written, time-limited release naming the recipient. Here that
 * is an active `vawa-release` in the program's own registry that names the collaborative that runs
 * the linkage (`LINKAGE_RECIPIENT`), covers SDV and health care operations (HOPERAT, the purpose
 * of linkage), and has no signer flagged as the abuser. No such release: the client is not read.
 */
import type { ConsentStore } from '../../../shared/consent/consent-store.js';
import { consentStateAt } from '../../../shared/consent/consent-state.js';
import type { ConsentRecord } from '../../../shared/consent/types.js';

/** The organization that runs the linkage and its review queue (the integration specialists'). */
export const LINKAGE_RECIPIENT = 'county-collaborative';

export async function dvLinkageReleases(releases: ConsentStore, at = new Date()): Promise<Set<string>> {
  const records = await releases.list({ owner: 'dv-shelter', kind: 'vawa-release' });
  return new Set(records.filter((r) => coversLinkage(r, at)).flatMap((r) => (r.subject ? [r.subject.localId] : [])));
}

function coversLinkage(release: ConsentRecord, at: Date): boolean {
  return (
    consentStateAt(release, at) === 'active' &&
    release.actors.some((a) => (a.kind === 'organization' && a.reference === LINKAGE_RECIPIENT) || a.organization === LINKAGE_RECIPIENT) &&
    release.dataClasses.includes('SDV') &&
    release.purposes.includes('HOPERAT') &&
    !release.grantors.some((g) => g.flaggedAbuser)
  );
}
