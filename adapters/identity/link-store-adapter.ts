/**
 * The identity port served from the identity subgraph's link store (subgraphs/identity/link-store):
 * active links only; a link's history stays in the store. Same batch contract as the embedded
 * adapter: one entry per key, `null` for an unknown person or record, an Error for a bad key.
 */
import type { LinkStore } from '../../subgraphs/identity/link-store/link-store.js';
import type { StoredLink } from '../../subgraphs/identity/link-store/types.js';
import { checkLocalIds, InvalidLocalIdError, localIdProblem } from '../port/local-id.js';
import type { AgencyLink, IdentityAdapter, LocalRecordKey } from './port.js';

export function createLinkStoreIdentityAdapter(store: LinkStore): IdentityAdapter {
  return {
    capabilities: { sourceSystem: 'identity', freshness: 'live', maxBatchSize: 5000 },
    health: async () => {
      const h = await store.health();
      return { status: h.status, checkedAt: new Date().toISOString(), detail: h.detail };
    },
    linksByPersonIds: async (personIds) => {
      const problems = checkLocalIds(personIds);
      const valid = personIds.filter((_, i) => !problems[i]);
      const links = valid.length ? await store.activeLinksByPersonIds(valid) : new Map<string, StoredLink[]>();
      return personIds.map((id, i) => {
        const found = links.get(id);
        return problems[i] ?? (found && found.length > 0 ? found.map(toAgencyLink) : null);
      });
    },
    personIdsByLocalRecords: async (keys) => {
      const problems = keys.map(keyProblem);
      const valid = keys.filter((_, i) => !problems[i]);
      const found = valid.length ? await store.activeLinksOf(valid) : [];
      let next = 0;
      return keys.map((_, i) => problems[i] ?? found[next++]?.personId ?? null);
    },
    close: () => store.close(),
  };
}

function keyProblem(key: LocalRecordKey): InvalidLocalIdError | null {
  const systemProblem = localIdProblem(key?.system);
  if (systemProblem) return new InvalidLocalIdError(key?.system, `system ${systemProblem}`);
  const problem = localIdProblem(key?.localId);
  return problem ? new InvalidLocalIdError(key?.localId, problem) : null;
}

function toAgencyLink(link: StoredLink): AgencyLink {
  const out: AgencyLink = { system: link.system, localId: link.localId, method: link.method, score: link.score, linkedAt: link.createdAt };
  if (link.confirmedBy) Object.assign(out, { confirmedBy: link.confirmedBy, confirmedAt: link.confirmedAt });
  return out;
}
