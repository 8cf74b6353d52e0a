/** The identity link store served from the generator's links (the demo's crosswalk). */
import type { PersonLink } from '../synthetic/population.js';
import { checkLocalIds, InvalidLocalIdError, localIdProblem } from '../port/local-id.js';
import { embeddedHealth, groupBy } from '../port/embedded-index.js';
import type { AgencyLink, IdentityAdapter } from './port.js';

export function createEmbeddedIdentityAdapter(links: readonly PersonLink[]): IdentityAdapter {
  const byPerson = groupBy(links, (l) => l.personId);
  const byLocal = new Map<string, string>();
  for (const link of links) byLocal.set(localKey(link.system, link.localId), link.personId);

  return {
    capabilities: { sourceSystem: 'identity', freshness: 'snapshot', maxBatchSize: 5000 },
    health: () => embeddedHealth(links.length),
    linksByPersonIds: async (personIds) => {
      const problems = checkLocalIds(personIds);
      return personIds.map((id, i) => problems[i] ?? byPerson.get(id)?.map(toAgencyLink) ?? null);
    },
    personIdsByLocalRecords: async (keys) =>
      keys.map((key) => {
        const systemProblem = localIdProblem(key?.system);
        if (systemProblem) return new InvalidLocalIdError(key?.system, `system ${systemProblem}`);
        const problem = localIdProblem(key?.localId);
        if (problem) return new InvalidLocalIdError(key?.localId, problem);
        return byLocal.get(localKey(key.system, key.localId)) ?? null;
      }),
  };
}

function localKey(system: string, localId: string): string {
  return `${system}\u0000${localId}`;
}

function toAgencyLink({ personId: _personId, ...link }: PersonLink): AgencyLink {
  return link;
}
