/**
 * Identity's link store for a subgraph process (`subgraphs/main.ts`): opened from the environment
 * (link-store-from-env.ts) and, on demo data, seeded from the synthetic population the first time,
 * so `npm start` serves the same links it always has, now with history and a review queue.
 */
import type { SyntheticPopulation } from '../../../adapters/synthetic/population.js';
import type { AuditStore } from '../../shared/audit/audit-store.js';
import { logger } from '../../shared/logger.js';
import { linkStoreFromEnv } from './link-store-from-env.js';
import type { LinkStore } from './link-store.js';
import { seedLinksIfEmpty } from './seed-links.js';

export async function openIdentityLinks(audit: AuditStore, demoPopulation?: () => SyntheticPopulation): Promise<LinkStore> {
  const store = linkStoreFromEnv(audit);
  if (demoPopulation) {
    const population = demoPopulation();
    const seeded = await seedLinksIfEmpty(store, population.identity.links, populationLabel(population));
    if (seeded > 0) logger.info({ links: seeded }, 'link store seeded from the synthetic population');
  }
  return store;
}

/** `seed/size`: which population a store was seeded from. */
export function populationLabel(population: SyntheticPopulation): string {
  return `${population.options.seed}/${population.options.size}`;
}
