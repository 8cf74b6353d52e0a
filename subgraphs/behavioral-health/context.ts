import type { BehavioralHealthAdapter } from '../../adapters/behavioral-health/port.js';
import { createPortLoader } from '../../adapters/port/port-loader.js';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import type { ConsentStore } from '../shared/consent/consent-store.js';
import type { OwnerPolicy } from '../shared/policy/owner-policy.js';
import type { SubgraphRequestContext } from '../shared/subgraph-server.js';

export interface BehavioralHealthContext {
  /** This agency's system id, as it appears in identity links. */
  system: string;
  /** The provider's access policy, enforced before any of its data leaves. */
  policy: OwnerPolicy;
  /** The provider's consent registry, for its staff's consent operations. */
  consents: ConsentStore;
  /** Every read goes through `loaders`: one adapter call per port method per query-plan level. */
  loaders: ReturnType<typeof createBehavioralHealthLoaders>;
}

export function createBehavioralHealthContext(
  adapter: BehavioralHealthAdapter,
  policy: OwnerPolicy,
  consents: ConsentStore,
): BehavioralHealthContext {
  return { system: AGENCY_SYSTEMS.behavioralHealth, policy, consents, loaders: createBehavioralHealthLoaders(adapter) };
}

/** What the record resolvers need: the subgraph's own context and the verified request's. */
export type BehavioralHealthRequestContext = BehavioralHealthContext & SubgraphRequestContext;

/** Fresh loaders per request: each port method is called once per query-plan level. */
function createBehavioralHealthLoaders(adapter: BehavioralHealthAdapter) {
  const maxBatchSize = adapter.capabilities.maxBatchSize;
  const loader = <T>(name: string, method: (ids: readonly string[]) => Promise<Array<T | null | Error>>) =>
    createPortLoader(method, { name: `behavioralHealth.${name}`, maxBatchSize });
  return {
    patient: loader('patientsByIds', (ids) => adapter.patientsByIds(ids)),
    episodes: loader('episodesByPatientIds', (ids) => adapter.episodesByPatientIds(ids)),
    // All conditions, substance use included: the resolvers split them into separate fields.
    conditions: loader('conditionsByPatientIds', (ids) => adapter.conditionsByPatientIds(ids)),
    carePlans: loader('carePlansByPatientIds', (ids) => adapter.carePlansByPatientIds(ids)),
  };
}
