/** The behavioral health subgraph: FHIR R4 episodes of care, conditions and care plans. */
import type { BehavioralHealthAdapter } from '../../adapters/behavioral-health/port.js';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { buildFederatedSchema } from '../shared/build-federated-schema.js';
import { consentStoreFromEnv } from '../shared/consent/consent-from-env.js';
import type { ConsentStore } from '../shared/consent/consent-store.js';
import { seedConsents } from '../shared/consent/seed-consents.js';
import type { NewConsent } from '../shared/consent/types.js';
import { loadBehavioralHealthPolicy } from './access-policy.js';
import type { PersonRepresentation } from '../shared/own-links.js';
import type { SubgraphDefinition } from '../shared/subgraph-server.js';
import { BehavioralHealthPrivacyResolvers } from './privacy-resolvers.js';
import { BehavioralHealthCarePlanResolver } from './care-plan-resolver.js';
import { createBehavioralHealthContext, type BehavioralHealthContext } from './context.js';
import { BehavioralHealthConsentResolver } from './consent-operations.js';
import { BehavioralHealthPersonResolver } from './person-resolver.js';
import { BehavioralHealthRecordResolver } from './record-resolver.js';
import { BehavioralHealthPersonType } from './types.js';

export interface BehavioralHealthSubgraphOptions {
  /** The provider's consent registry: Part 2 consents and HIPAA authorizations (default: from the environment). */
  consents?: ConsentStore;
  /** Demo data only: consents to record at start unless already in force. */
  seedConsents?: readonly NewConsent[];
}

export async function createBehavioralHealthSubgraph(
  adapter: BehavioralHealthAdapter,
  options: BehavioralHealthSubgraphOptions = {},
): Promise<SubgraphDefinition<BehavioralHealthContext>> {
  const consents = options.consents ?? consentStoreFromEnv(AGENCY_SYSTEMS.behavioralHealth);
  const policy = loadBehavioralHealthPolicy(consents);
  if (options.seedConsents) await seedConsents(consents, options.seedConsents);
  const schema = await buildFederatedSchema({
    resolvers: [
      BehavioralHealthPersonResolver,
      BehavioralHealthRecordResolver,
      BehavioralHealthCarePlanResolver,
      BehavioralHealthConsentResolver,
      ...BehavioralHealthPrivacyResolvers,
    ],
    // Person is reached only through `_entities`, never from this subgraph's Query.
    orphanedTypes: [BehavioralHealthPersonType],
    referenceResolvers: {
      // Keep the links the gateway sent: `behavioralHealth` reads this agency's local id from them.
      Person: { __resolveReference: (person: PersonRepresentation) => person },
    },
  });
  return {
    name: 'behavioral-health',
    schema,
    capabilities: adapter.capabilities,
    createContext: () => createBehavioralHealthContext(adapter, policy, consents),
    health: () => adapter.health(),
    close: async () => {
      await adapter.close?.();
      await consents.close();
    },
  };
}
