/**
 * For subgraph tests: resolve `_entities` against a subgraph's schema in-process, the way the
 * gateway would ask, with this agency's hidden links field filled in the representation.
 */
import { expect } from 'vitest';
import { graphql } from 'graphql';
import type { AgencySystem } from '../../../adapters/port/agency-systems.js';
import { OWN_LINKS_FIELD } from '../own-links.js';
import type { SubgraphDefinition } from '../subgraph-server.js';

export type Link = { system: string; localId: string };

/** A Person representation as the gateway sends it to `system`'s subgraph. */
export function personRepresentation(system: AgencySystem, id: string, links?: Link[]) {
  return { __typename: 'Person', id, [OWN_LINKS_FIELD[system]]: links };
}

/** Runs `query` (which must take `$representations`) and returns `_entities`, asserting no errors. */
export async function resolveEntities<T>(
  definition: SubgraphDefinition<object>,
  query: string,
  representations: unknown[],
): Promise<T[]> {
  const result = await graphql({
    schema: definition.schema,
    source: query,
    variableValues: { representations },
    contextValue: definition.createContext(),
  });
  expect(result.errors).toBeUndefined();
  return (result.data as { _entities: T[] })._entities;
}
