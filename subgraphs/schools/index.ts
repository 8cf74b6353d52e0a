/** The schools subgraph: Ed-Fi enrollments, attendance and special education from the district. */
import type { SchoolsAdapter } from '../../adapters/schools/port.js';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { buildFederatedSchema } from '../shared/build-federated-schema.js';
import { consentStoreFromEnv } from '../shared/consent/consent-from-env.js';
import type { ConsentStore } from '../shared/consent/consent-store.js';
import { loadSchoolsPolicy } from './access-policy.js';
import type { PersonRepresentation } from '../shared/own-links.js';
import type { SubgraphDefinition } from '../shared/subgraph-server.js';
import { SchoolsPrivacyResolvers } from './privacy-resolvers.js';
import { AttendanceResolver } from './attendance-resolver.js';
import type { Clock } from './clock.js';
import { createSchoolsContext, type SchoolsContext } from './context.js';
import { SchoolConsentResolver } from './consent-operations.js';
import { SchoolsPersonResolver } from './person-resolver.js';
import { EducationRecordResolver } from './record-resolver.js';
import { SpecialEducationResolver } from './special-education-resolver.js';
import { SchoolsPersonType } from './types.js';

export interface SchoolsSubgraphOptions {
  /** Where "today" comes from (default: the system clock). */
  clock?: Clock;
  /** The district's FERPA consent registry (default: from the environment). */
  consents?: ConsentStore;
}

export async function createSchoolsSubgraph(
  adapter: SchoolsAdapter,
  options: SchoolsSubgraphOptions = {},
): Promise<SubgraphDefinition<SchoolsContext>> {
  const consents = options.consents ?? consentStoreFromEnv(AGENCY_SYSTEMS.schools);
  const policy = loadSchoolsPolicy(consents);
  const schema = await buildFederatedSchema({
    resolvers: [
      SchoolsPersonResolver,
      EducationRecordResolver,
      AttendanceResolver,
      SpecialEducationResolver,
      SchoolConsentResolver,
      ...SchoolsPrivacyResolvers,
    ],
    // Person is reached only through `_entities`, never from this subgraph's Query.
    orphanedTypes: [SchoolsPersonType],
    referenceResolvers: {
      // Keep the links the gateway sent: `education` reads this agency's local id from them.
      Person: { __resolveReference: (person: PersonRepresentation) => person },
    },
  });
  return {
    name: 'schools',
    schema,
    capabilities: adapter.capabilities,
    createContext: () => createSchoolsContext(adapter, policy, consents, options.clock),
    health: () => adapter.health(),
    close: async () => {
      await adapter.close?.();
      await consents.close();
    },
  };
}
