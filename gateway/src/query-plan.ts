/**
 * Lets integration specialists see which subgraphs a query touches: outside production every
 * response carries `x-hub-subgraphs` (the subgraphs the query plan fetches from, in plan order),
 * and a request with the header `Apollo-Query-Plan-Experimental: 1` gets the whole plan in
 * `extensions.__queryPlanExperimental` (an @apollo/gateway feature).
 */
import type { ApolloServerPlugin } from '@apollo/server';

export const SUBGRAPHS_HEADER = 'x-hub-subgraphs';

export interface QueryPlanContext {
  subgraphsCalled?: string[];
}

/** Subgraph names of every fetch in a plan, in first-occurrence order, without repeats. */
export function subgraphsInPlan(plan: { node?: unknown }): string[] {
  const names: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const node = value as { kind?: unknown; serviceName?: unknown };
    if (node.kind === 'Fetch' && typeof node.serviceName === 'string') {
      if (!names.includes(node.serviceName)) names.push(node.serviceName);
      return;
    }
    for (const child of Object.values(node)) visit(child);
  };
  visit(plan.node);
  return names;
}

export function useQueryPlanHeader(): ApolloServerPlugin<QueryPlanContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (contextValue.subgraphsCalled) {
            response.http.headers.set(SUBGRAPHS_HEADER, contextValue.subgraphsCalled.join(','));
          }
        },
      };
    },
  };
}
