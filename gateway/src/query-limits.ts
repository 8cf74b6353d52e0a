/**
 * Query safety at the gateway (graphql-armor): a query that is too deep, too wide, too costly
 * or too long is refused during validation, before any subgraph or agency system is asked.
 * The limits leave room for the caseload and person examples (depth 8, cost well under the cap)
 * and stop depth/alias bombs. Field suggestions ("did you mean …") are blocked in production so
 * the schema cannot be mapped by typos when introspection is off.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';

export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 20_000,
  maxTokens: 3_000,
  maxDirectives: 50,
} as const;

export function queryLimits(production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    // Token counting is left to graphql-js's parser (`parseOptions.maxTokens`): armor's own
    // re-parse turns an ordinary syntax error into a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { ...armor, parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}
