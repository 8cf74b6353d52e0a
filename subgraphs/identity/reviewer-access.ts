/**
 * What every review operation does first: the uniform, audited denial for anyone who is not an
 * integration specialist (may-review-links.ts), then the store; and the checks of a reviewer's note.
 */
import { GraphQLError } from 'graphql';
import { accessDenied } from '../shared/policy/access-denied.js';
import type { IdentityContext } from './context.js';
import type { LinkStore } from './link-store/link-store.js';
import type { LinkActor } from './link-store/types.js';
import { mayReviewLinks } from './may-review-links.js';

const MAX_NOTE = 2000;

export const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** The store, for a reviewer; the uniform denial (audited) for anyone else. */
export function reviewerStore(ctx: IdentityContext, operation: string): LinkStore {
  if (!mayReviewLinks(ctx.request?.caller)) {
    ctx.audit?.recordDeny({ personId: null, system: 'identity', localId: operation, labels: [], fields: [operation], legalBasis: 'not an integration specialist' });
    throw accessDenied();
  }
  if (!ctx.linkStore) {
    throw new GraphQLError('The identity subgraph runs without a link store: there is no review queue', { extensions: { code: 'LINK_STORE_NOT_CONFIGURED' } });
  }
  return ctx.linkStore;
}

export function checkedNote(note: string): string {
  const reason = note.trim();
  if (!reason) throw badInput('note must say why (it is kept with the decision)');
  if (reason.length > MAX_NOTE) throw badInput(`note is longer than ${MAX_NOTE} characters`);
  return reason;
}

export function actorOf(ctx: IdentityContext): LinkActor {
  const { caller, requestId } = ctx.request!;
  return { subject: caller.subject, name: caller.name, organization: caller.organization, roles: caller.roles, requestId };
}
