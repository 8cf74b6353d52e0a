/**
 * Registry refusals as GraphQL errors: BAD_USER_INPUT, with every problem in `extensions.problems`
 * (one sentence each, in the words of the law) and in the message, so the person entering the
 * form can fix them all at once. Nothing was stored.
 */
import { GraphQLError } from 'graphql';
import { ConsentNotFoundError, ConsentRefusedError } from '../consent-errors.js';

export function consentInputError(action: 'recorded' | 'revoked', problems: readonly string[]): GraphQLError {
  return new GraphQLError(`The consent was not ${action}: ${problems.join(' ')}`, {
    extensions: { code: 'BAD_USER_INPUT', problems: [...problems] },
  });
}

/** A registry refusal becomes BAD_USER_INPUT; anything else is rethrown as it is. */
export function asConsentInputError(error: unknown, action: 'recorded' | 'revoked'): unknown {
  if (error instanceof ConsentRefusedError) return consentInputError(action, error.problems);
  if (error instanceof ConsentNotFoundError) return consentInputError(action, [error.message]);
  return error;
}
