/**
 * Who may act on an owner's consents, and the audit of every action. Only the roles in
 * who-may.ts, calling from the owner's own organization (its access policy's `organization`,
 * plus its Part 2 programs, 42 CFR 2.11), may record, list or revoke. Anyone else gets the one
 * uniform ACCESS_DENIED, decided before anything is read, so the answer cannot tell whether the
 * person has a release (34 U.S.C. 12291(b)(2); 42 CFR 2.13(c)). The collaborative's privacy officer
 * is "anyone else" by design: the law gives each consent to the party that holds the records.
 *
 * Audit: a listing reveals the fact of enrollment, so it is noted like a disclosure (written by
 * useDisclosureAudit before the answer leaves). Recording and revoking change who may see: their
 * entry is written ahead, and without it nothing changes ("no audit, no action").
 */
import { GraphQLError } from 'graphql';
import type { AgencySystem } from '../../../../adapters/port/agency-systems.js';
import type { DisclosureFacts } from '../../audit/disclosure-recorder.js';
import { accessDenied } from '../../policy/access-denied.js';
import type { OwnerPolicy } from '../../policy/owner-policy.js';
import type { SecurityLabel } from '../../policy/security-labels.js';
import type { SubgraphRequestContext } from '../../subgraph-server.js';
import type { ConsentStore } from '../consent-store.js';
import { CONSENT_MANAGERS, DEMO_CUSTODIANS, mayManageConsents, type ConsentAction } from '../who-may.js';

/** What a consent resolver needs in its request context besides the request's own facts. */
export interface ConsentContext extends SubgraphRequestContext {
  /** The owner's access policy: its organization and Part 2 programs are the custodians. */
  policy: OwnerPolicy;
  /** The owner's consent registry. */
  consents: ConsentStore;
  /** "Now" for consent states; injectable for tests. */
  now?: () => Date;
}

/** What one consent action is about, for the audit entry. */
export interface ConsentActionSubject {
  personId: string | null;
  localId: string;
  /** The schema coordinate, e.g. `Mutation.recordDvRelease`. */
  field: string;
  labels: readonly SecurityLabel[];
}

export const AUDIT_UNAVAILABLE_FOR_CHANGE = 'The audit trail could not be written, so nothing was changed.';

/** Permitted: the basis for the audit. Otherwise the denial is noted and ACCESS_DENIED thrown. */
export function authorizeConsentAction(ctx: ConsentContext, action: ConsentAction, subject: ConsentActionSubject): string {
  const { caller } = ctx.request;
  const owner = ctx.policy.owner;
  const facts = auditFacts(owner, subject);
  const custodians = { ...DEMO_CUSTODIANS, [owner]: [ctx.policy.organization, ...ctx.policy.part2Programs] };
  if (!mayManageConsents(caller, owner, action, custodians)) {
    const who = `${caller.roles.join(', ')} of ${caller.organization}`;
    ctx.audit.recordDeny({ ...facts, legalBasis: `consent registry: ${who} may not ${action} ${owner}'s consents` });
    throw accessDenied();
  }
  const role = caller.roles.find((r) => CONSENT_MANAGERS[owner][action].includes(r));
  return `consent registry: ${action} by ${role} of ${caller.organization} (${CONSENT_MANAGERS[owner].basis})`;
}

/** Writes the entry before the change; throws AUDIT_UNAVAILABLE (and the change must not happen) when it cannot. */
export async function auditAhead(ctx: ConsentContext, subject: ConsentActionSubject, legalBasis: string): Promise<void> {
  try {
    await ctx.audit.writeAhead({ ...auditFacts(ctx.policy.owner, subject), legalBasis });
  } catch {
    throw new GraphQLError(AUDIT_UNAVAILABLE_FOR_CHANGE, { extensions: { code: 'AUDIT_UNAVAILABLE' } });
  }
}

export function auditFacts(owner: AgencySystem, subject: ConsentActionSubject): Omit<DisclosureFacts, 'legalBasis'> {
  return { personId: subject.personId, system: owner, localId: subject.localId, labels: subject.labels, fields: [subject.field] };
}
