/**
 * For subgraph tests: resolve `_entities` against a subgraph's schema in-process, the way the
 * gateway would ask, with this agency's hidden links field filled in the representation.
 */
import { expect } from 'vitest';
import { graphql } from 'graphql';
import type { AgencySystem } from '../../../adapters/port/agency-systems.js';
import { createDisclosureRecorder } from '../audit/disclosure-recorder.js';
import { OWN_LINKS_FIELD } from '../own-links.js';
import { NoticeCollector } from '../policy/part2-notice.js';
import type { Caller } from '../security/caller.js';
import type { SubgraphDefinition } from '../subgraph-server.js';

export type Link = { system: string; localId: string };

/** A Person representation as the gateway sends it to `system`'s subgraph. */
export function personRepresentation(system: AgencySystem, id: string, links?: Link[]) {
  return { __typename: 'Person', id, [OWN_LINKS_FIELD[system]]: links };
}

/** The owning agency's own staff member, who may see its records: the default test caller. */
export const OWN_STAFF: Record<AgencySystem, Caller> = {
  'child-welfare': { subject: 'cw-1', name: 'CW staff', organization: 'county-child-welfare', roles: ['caseworker'], purposeOfUse: 'COC' },
  'behavioral-health': { subject: 'bh-1', name: 'BH staff', organization: 'juniper-family-counseling', roles: ['bh-clinician'], purposeOfUse: 'TREAT' },
  'dv-shelter': { subject: 'dv-1', name: 'DV staff', organization: 'dv-program', roles: ['dv-advocate'], purposeOfUse: 'COC' },
  schools: { subject: 'sch-1', name: 'School staff', organization: 'unified-school-district', roles: ['school-counselor'], purposeOfUse: 'COC' },
};

/** Runs `query` (which must take `$representations`) and returns `_entities`, asserting no errors. */
export async function resolveEntities<T>(
  definition: SubgraphDefinition<object>,
  query: string,
  representations: unknown[],
  caller: Caller = OWN_STAFF[definition.name as AgencySystem],
): Promise<T[]> {
  const request = { caller, requestId: 'test' };
  const result = await graphql({
    schema: definition.schema,
    source: query,
    variableValues: { representations },
    contextValue: {
      ...definition.createContext(),
      request,
      audit: createDisclosureRecorder(definition.name, request),
      notices: new NoticeCollector(),
    },
  });
  expect(result.errors).toBeUndefined();
  return (result.data as { _entities: T[] })._entities;
}
