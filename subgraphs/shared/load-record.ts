/**
 * Turns the port's per-key `Error` into a GraphQL error that names the agency, so the rest of
 * the response still arrives and the dashboard knows which agency's part is missing.
 */
import { GraphQLError } from 'graphql';
import { InvalidLocalIdError } from '../../adapters/port/local-id.js';
import { AgencyUnavailableError } from '../../adapters/resilience/agency-unavailable-error.js';

/** The agency system could not answer for this record (down, timed out, failed). */
export const AGENCY_ERROR_CODE = 'AGENCY_RECORD_UNAVAILABLE';
/** The caller passed an id no agency system could hold; nothing was looked up. */
export const INVALID_ID_CODE = 'INVALID_LOCAL_ID';

export function agencyError(agency: string, cause: Error): GraphQLError {
  // A guarded adapter's failure keeps its own code (AGENCY_UNAVAILABLE, AGENCY_TIMEOUT) and agency:
  // see adapters/resilience/README.md.
  if (cause instanceof AgencyUnavailableError) {
    return new GraphQLError(cause.message, { extensions: { code: cause.code, agency: cause.agency }, originalError: cause });
  }
  const code = cause instanceof InvalidLocalIdError ? INVALID_ID_CODE : AGENCY_ERROR_CODE;
  return new GraphQLError(`${agency}: ${cause.message}`, {
    extensions: { code, agency },
    originalError: cause,
  });
}

/** Await a loader result; an `Error` entry becomes a GraphQL error naming the agency. */
export async function loadRecord<T>(agency: string, pending: Promise<T | null | Error>): Promise<T | null> {
  let value: T | null | Error;
  try {
    value = await pending;
  } catch (error) {
    throw agencyError(agency, error instanceof Error ? error : new Error(String(error)));
  }
  if (value instanceof Error) throw agencyError(agency, value);
  return value;
}
