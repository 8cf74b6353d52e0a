/** What the gateway knows about one request while it plans and runs it. */
import type { RequestFacts } from '../../subgraphs/shared/security/caller.js';
import type { QueryPlanContext } from './query-plan.js';

export interface GatewayContext extends QueryPlanContext {
  /** The verified caller and the request id every subgraph's audit entries share. */
  facts: RequestFacts;
  /** Disclosure notices the subgraphs attached to their answers, relayed to the caller. */
  notices?: unknown[];
  /**
   * Epoch milliseconds: the request's arrival plus the agency budget, less the hub's reply
   * reserve (reply-reserve.ts). Each subgraph gets the time left.
   */
  deadline?: number;
}
