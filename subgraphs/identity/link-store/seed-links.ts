/**
 * Seeds an empty link store from the synthetic population's links, so `npm start` serves the same
 * links as before the store existed (same method, score and date). Seeding is a change like any
 * other and is audited link by link. A store seeded from another population (another HUB_SEED or
 * HUB_POPULATION_SIZE) is refused rather than silently served: its links would name other people.
 */
import type { PersonLink } from '../../../adapters/synthetic/population.js';
import type { LinkStore } from './link-store.js';
import type { LinkActor } from './types.js';

const MARKER = 'seeded-population';
const CHUNK = 5_000;

export const SEED_ACTOR: Omit<LinkActor, 'requestId'> = {
  subject: 'seed',
  name: 'Synthetic population seed',
  organization: 'common-client-hub',
  roles: [],
};

export class SeedMismatchError extends Error {
  override name = 'SeedMismatchError';
}

/** Returns how many links were written (0 when the store was already seeded from this population). */
export async function seedLinksIfEmpty(store: LinkStore, links: readonly PersonLink[], population: string): Promise<number> {
  const marker = await store.getMeta(MARKER);
  if ((await store.countActiveLinks()) > 0) {
    if (marker !== null && marker !== population) {
      throw new SeedMismatchError(
        `The link store was seeded from population ${marker}, not ${population}: point LINK_STORE_PGLITE_DIR at another directory or empty this one`,
      );
    }
    return 0;
  }
  const actor: LinkActor = { ...SEED_ACTOR, requestId: `seed-${population}` };
  for (let start = 0; start < links.length; start += CHUNK) {
    await store.link(
      links.slice(start, start + CHUNK).map((l) => ({
        personId: l.personId, system: l.system, localId: l.localId, method: l.method, score: l.score, band: null,
        createdAt: l.linkedAt, reason: `seeded from synthetic population ${population}`,
      })),
      actor,
    );
  }
  await store.setMeta(MARKER, population);
  return links.length;
}
