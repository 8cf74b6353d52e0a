/**
 * The one error a resilient adapter puts at every index of a batch it could not answer. It names
 * the agency and carries a documented code (README.md), so the subgraph's GraphQL error tells the
 * dashboard which agency's part is missing and why, without ever quoting a record.
 */

/** The agency system failed, refused the connection, or its circuit is open. */
export const AGENCY_UNAVAILABLE = 'AGENCY_UNAVAILABLE';
/** The agency system did not answer within the call's time budget. */
export const AGENCY_TIMEOUT = 'AGENCY_TIMEOUT';

export type AgencyUnavailableCode = typeof AGENCY_UNAVAILABLE | typeof AGENCY_TIMEOUT;

export class AgencyUnavailableError extends Error {
  override name = 'AgencyUnavailableError';
  constructor(
    readonly agency: string,
    readonly code: AgencyUnavailableCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isAgencyUnavailable(error: unknown): error is AgencyUnavailableError {
  return error instanceof AgencyUnavailableError;
}
