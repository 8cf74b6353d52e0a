/**
 * The enforcement point every data-owning subgraph calls before a labelled field's data leaves
 * it: decide by the owner's policy, write the decision (permit or deny, with the basis or the
 * reason) to the request's audit notebook, and on a denial throw the one uniform error.
 *
 * It is called before the agency record is even looked up, so whether the person has a record
 * cannot change the answer to a denied caller (no probing).
 */
import type { DisclosureRecorder } from '../audit/disclosure-recorder.js';
import type { RequestFacts } from '../security/caller.js';
import { accessDenied } from './access-denied.js';
import type { AccessDecision, AccessSubject } from './access-request.js';
import { decide, labelsOf, type OwnerPolicy } from './owner-policy.js';

export interface GuardContext {
  /** The verified caller, from the gateway's token. */
  request: RequestFacts;
  policy: OwnerPolicy;
  audit: DisclosureRecorder;
  /** "Now" for consent periods; injectable for tests. */
  now?: () => Date;
}

/** Decide and write the decision to the audit notebook; the caller chooses what a denial means. */
export async function decideAndRecord(ctx: GuardContext, field: string, subject: AccessSubject): Promise<AccessDecision> {
  const labels = labelsOf(ctx.policy, field);
  const decision = await decide(ctx.policy, {
    facts: ctx.request,
    owner: ctx.policy.owner,
    field,
    labels,
    subject,
    at: ctx.now?.() ?? new Date(),
  });
  const facts = {
    personId: subject.personId,
    system: ctx.policy.owner,
    localId: subject.localId ?? '',
    labels,
    fields: [field],
    legalBasis: decision.permit ? decision.basis : decision.reason,
  };
  if (decision.permit) ctx.audit.recordPermit(facts);
  else ctx.audit.recordDeny(facts);
  return decision;
}

/** For a field: permitted (the decision is returned), or null with the uniform ACCESS_DENIED error. */
export async function guard(ctx: GuardContext, field: string, subject: AccessSubject) {
  const decision = await decideAndRecord(ctx, field, subject);
  if (!decision.permit) throw accessDenied();
  return decision;
}
