/**
 * The DV shelter subgraph: a victim service provider's comparable database in HMIS CSV shapes.
 * It serves no shelter location at all (VAWA, 34 U.S.C. 12291(b)(2)); see types.ts.
 */
import type { DvShelterAdapter } from '../../adapters/dv-shelter/port.js';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { buildFederatedSchema } from '../shared/build-federated-schema.js';
import { consentStoreFromEnv } from '../shared/consent/consent-from-env.js';
import type { ConsentStore } from '../shared/consent/consent-store.js';
import { seedConsents } from '../shared/consent/seed-consents.js';
import type { NewConsent } from '../shared/consent/types.js';
import { loadDvShelterPolicy } from './access-policy.js';

import type { PersonRepresentation } from '../shared/own-links.js';
import type { SubgraphDefinition } from '../shared/subgraph-server.js';
import { DvShelterPrivacyResolvers } from './privacy-resolvers.js';
import { createDvShelterContext, type DvShelterContext } from './context.js';
import { DvShelterPersonResolver } from './person-resolver.js';
import { DvReleaseResolver } from './release-operations.js';
import { DvServicesRecordResolver } from './record-resolver.js';
import { DvShelterPersonType } from './types.js';

export interface DvShelterSubgraphOptions {
  /** The program's release registry (default: from the environment, see consent-from-env.ts). */
  releases?: ConsentStore;
  /** Demo data only: releases to record at start unless already in force. */
  seedReleases?: readonly NewConsent[];
}

export async function createDvShelterSubgraph(
  adapter: DvShelterAdapter,
  options: DvShelterSubgraphOptions = {},
): Promise<SubgraphDefinition<DvShelterContext>> {
  const releases = options.releases ?? consentStoreFromEnv(AGENCY_SYSTEMS.dvShelter);
  const policy = loadDvShelterPolicy(releases);
  if (options.seedReleases) await seedConsents(releases, options.seedReleases);
  const schema = await buildFederatedSchema({
    resolvers: [DvShelterPersonResolver, DvServicesRecordResolver, DvReleaseResolver, ...DvShelterPrivacyResolvers],
    // Person is reached only through `_entities`, never from this subgraph's Query.
    orphanedTypes: [DvShelterPersonType],
    referenceResolvers: {
      // Keep the links the gateway sent: `dvServices` reads this agency's local id from them.
      Person: { __resolveReference: (person: PersonRepresentation) => person },
    },
  });
  return {
    name: 'dv-shelter',
    schema,
    capabilities: adapter.capabilities,
    createContext: () => createDvShelterContext(adapter, policy, releases),
    health: () => adapter.health(),
    close: async () => {
      await adapter.close?.();
      await releases.close();
    },
  };
}
