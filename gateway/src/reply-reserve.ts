/**
 * The part of a request's agency budget (`AGENCY_TIMEOUT_MS`) the agencies do not get: what the
 * hub itself needs once an agency has run into the deadline. The subgraph finishes resolving and
 * writes the request's disclosures to its audit store before anything leaves (rule 3), then the
 * gateway merges the answers and replies. Measured with behavioral health's FHIR server stopped,
 * that took 60–85 ms on a quiet 2-core machine and up to 225 ms on a loaded one. 150 ms keeps a
 * dead agency's view within the budget plus 100 ms there; a small budget keeps three quarters for
 * the agencies.
 */
export const REPLY_RESERVE_MS = 150;

export function replyReserveMs(budgetMs: number): number {
  return Math.min(REPLY_RESERVE_MS, Math.floor(budgetMs / 4));
}
