/**
 * The hub's subgraphs, their fixed ports and how to build each one. `npm start`, the gateway's
 * default URLs, docker-compose.yml and the tests all read this one list.
 */
export const SUBGRAPH_NAMES = [
  'identity',
  'child-welfare',
  'behavioral-health',
  'dv-shelter',
  'schools',
] as const;

export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export const GATEWAY_PORT = 4000;

/** identity 4001, child-welfare 4002, behavioral-health 4003, dv-shelter 4004, schools 4005. */
export const SUBGRAPH_PORTS: Record<SubgraphName, number> = Object.fromEntries(
  SUBGRAPH_NAMES.map((name, i) => [name, GATEWAY_PORT + 1 + i]),
) as Record<SubgraphName, number>;

/** The path each subgraph serves GraphQL on; `/health` sits beside it. */
export const SUBGRAPH_GRAPHQL_PATH = '/graphql';

export function defaultSubgraphUrl(name: SubgraphName, host = '127.0.0.1'): string {
  return `http://${host}:${SUBGRAPH_PORTS[name]}${SUBGRAPH_GRAPHQL_PATH}`;
}

export function isSubgraphName(value: string): value is SubgraphName {
  return (SUBGRAPH_NAMES as readonly string[]).includes(value);
}
