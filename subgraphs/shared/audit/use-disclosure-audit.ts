/**
 * Apollo Server plugin: no response carrying a person's data leaves a subgraph until its
 * disclosures are in the audit store. If they cannot be written, nothing is released (the hub's
 * rule, from HIPAA 45 CFR 164.312(b) audit controls and 164.528 accounting of disclosures).
 *
 * Apollo Server 5 runs `willSendResponse` after execution has finished and before the body is
 * serialized, with `response.body` of kind 'single' holding the result; replacing the body there
 * replaces what the client receives. Incremental delivery (@defer/@stream) would resolve fields
 * after this hook, so such a response is refused outright.
 */
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { logger } from '../logger.js';
import type { AuditStore } from './audit-store.js';
import type { DisclosureRecorder } from './disclosure-recorder.js';

/** The context a subgraph using this plugin must build for every request. */
export interface DisclosureAuditContext {
  /** A fresh recorder per request (createDisclosureRecorder), never shared between requests. */
  audit: DisclosureRecorder;
}

export interface DisclosureAuditOptions {
  store: AuditStore;
  /** The subgraph's name, reported in the error when the audit fails. */
  subgraph: string;
}

export const AUDIT_UNAVAILABLE_MESSAGE = 'The audit trail could not be written, so no data was released.';

export function useDisclosureAudit<TContext extends DisclosureAuditContext>({
  store,
  subgraph,
}: DisclosureAuditOptions): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const recorder: DisclosureRecorder | undefined = contextValue?.audit;
          if (typeof recorder?.take !== 'function') {
            logger.error({ subgraph }, 'no disclosure recorder in the request context; response withheld');
            return withhold(response, subgraph);
          }
          const entries = recorder.take();
          if (response.body.kind !== 'single') return withhold(response, subgraph);
          if (entries.length === 0) return;
          try {
            await store.append(entries);
          } catch (error) {
            const err = error instanceof Error ? error.message : String(error);
            const { requestId } = entries[0];
            const facts = { subgraph, requestId, entries: entries.length, err };
            logger.error(facts, 'audit append failed; response withheld');
            withhold(response, subgraph);
          }
        },
      };
    },
  };
}

/** Replaces whatever the request produced (data, errors, extensions) with one error and no data. */
function withhold(response: GraphQLResponse, subgraph: string): void {
  response.body = {
    kind: 'single',
    singleResult: {
      data: null,
      errors: [{ message: AUDIT_UNAVAILABLE_MESSAGE, extensions: { code: 'AUDIT_UNAVAILABLE', subgraph } }],
    },
  };
}
