/**
 * The one answer a caller gets for any denied field: null, with this error. It never says why
 * (no consent, wrong purpose, not assigned, or nothing on file at all), so a denied answer about
 * a person with DV or substance-use records is byte-identical to one about a person without:
 * the "no probing" rule. The reason goes to the audit trail, where the privacy officer reads it.
 */
import { GraphQLError } from 'graphql';

export const ACCESS_DENIED = 'ACCESS_DENIED';
export const ACCESS_DENIED_MESSAGE = 'Not available to this caller for this purpose of use.';

export function accessDenied(): GraphQLError {
  return new GraphQLError(ACCESS_DENIED_MESSAGE, { extensions: { code: ACCESS_DENIED } });
}
