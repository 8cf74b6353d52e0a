/**
 * Who may work the linkage review queue: integration specialists of the collaborative, and no one
 * else. Deciding that two agencies' records are one person is hub operations (HIPAA 45 CFR 164.501,
 * "health care operations"), not casework: a caseworker, clinician or counselor has no need to see
 * other agencies' identifying fields side by side (minimum necessary, 164.502(b)). Everyone else
 * gets the one uniform ACCESS_DENIED.
 */
import type { Caller } from '../shared/security/caller.js';

export const LINK_REVIEWER_ROLE = 'integration-specialist';

export function mayReviewLinks(caller: Caller | undefined): boolean {
  return caller?.roles.includes(LINK_REVIEWER_ROLE) ?? false;
}
