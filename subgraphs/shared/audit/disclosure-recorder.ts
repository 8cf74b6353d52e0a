/**
 * One request's notebook of disclosures. Resolvers call recordPermit before they return a
 * person's data and recordDeny when a rule refuses it; useDisclosureAudit writes everything in
 * one append before the response leaves (HIPAA 45 CFR 164.528: every disclosure must be
 * accountable; 164.312(b): audit controls). Several fields of one record released on one basis
 * become one entry with all their fields and labels, not one entry per field.
 *
 * An action that changes who may see (recording or revoking a consent) cannot wait for the
 * response: `writeAhead` puts its entry in the store at once, and the action runs only if that
 * succeeded ("no audit, no action").
 */
import { AuditUnavailableError } from './audit-store.js';
import type { RequestFacts } from '../security/caller.js';
import type { AuditDecision, AuditDisclosure } from './types.js';

/** What a resolver knows about one decision; who asked and why comes from the request. */
export interface DisclosureFacts {
  personId: string | null;
  system: string;
  localId: string;
  labels: readonly string[];
  fields: readonly string[];
  /** The consent or statute relied on; for a denial, the rule that refused. */
  legalBasis: string;
}

export interface DisclosureRecorder {
  recordPermit(facts: DisclosureFacts): void;
  recordDeny(facts: DisclosureFacts): void;
  /** What has been recorded so far (copies). */
  readonly recorded: readonly AuditDisclosure[];
  /**
   * Hands over everything recorded and closes the notebook: a later record call throws, so a
   * resolver that runs after the audit was written cannot release data nobody audited.
   */
  take(): AuditDisclosure[];
  /**
   * Writes one PERMIT entry to the store now, for an action about to change state. Throws
   * AuditUnavailableError when it cannot (or when the recorder has no store): the action must
   * then not happen.
   */
  writeAhead(facts: DisclosureFacts): Promise<void>;
}

export interface DisclosureRecorderOptions {
  /** The store's append, for `writeAhead`; the server passes its audit store's. */
  append?: (entries: readonly AuditDisclosure[]) => Promise<unknown>;
}

export function createDisclosureRecorder(
  subgraph: string,
  { caller, requestId }: RequestFacts,
  options: DisclosureRecorderOptions = {},
): DisclosureRecorder {
  const entries = new Map<string, AuditDisclosure>();
  let taken = false;

  function record(decision: AuditDecision, facts: DisclosureFacts): void {
    if (taken) {
      throw new Error(
        `The audit for request ${requestId} was already written; data resolved after it cannot be released`,
      );
    }
    const key = JSON.stringify([decision, facts.personId, facts.system, facts.localId, facts.legalBasis]);
    const existing = entries.get(key);
    if (existing) {
      existing.labels = union(existing.labels, facts.labels);
      existing.fields = union(existing.fields, facts.fields);
      return;
    }
    entries.set(key, entryOf(decision, facts));
  }

  function entryOf(decision: AuditDecision, facts: DisclosureFacts): AuditDisclosure {
    return {
      requestId,
      subgraph,
      actor: {
        subject: caller.subject,
        name: caller.name,
        organization: caller.organization,
        roles: [...caller.roles],
      },
      purposeOfUse: caller.purposeOfUse,
      ...(caller.breakGlass ? { breakGlass: { ...caller.breakGlass } } : {}),
      personId: facts.personId,
      system: facts.system,
      localId: facts.localId,
      decision,
      labels: union([], facts.labels),
      fields: union([], facts.fields),
      legalBasis: facts.legalBasis,
    };
  }

  return {
    recordPermit: (facts) => record('PERMIT', facts),
    recordDeny: (facts) => record('DENY', facts),
    get recorded() {
      return [...entries.values()].map((entry) => structuredClone(entry));
    },
    take() {
      taken = true;
      return [...entries.values()];
    },
    async writeAhead(facts) {
      if (!options.append) throw new AuditUnavailableError(`No audit store for ${subgraph}: the action was not taken`);
      try {
        await options.append([entryOf('PERMIT', facts)]);
      } catch (error) {
        if (error instanceof AuditUnavailableError) throw error;
        throw new AuditUnavailableError(`The audit entry could not be written: ${(error as Error).message}`, { cause: error });
      }
    },
  };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
