import type { DvShelterAdapter } from '../../adapters/dv-shelter/port.js';
import { createPortLoader } from '../../adapters/port/port-loader.js';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import type { ConsentStore } from '../shared/consent/consent-store.js';
import type { OwnerPolicy } from '../shared/policy/owner-policy.js';

export interface DvShelterContext {
  /** This agency's system id, as it appears in identity links. */
  system: string;
  /** The program's access policy, enforced before any of its data leaves. */
  policy: OwnerPolicy;
  /** The program's release registry, for its staff's consent operations. */
  consents: ConsentStore;
  /** Every read goes through `loaders`: one adapter call per port method per query-plan level. */
  loaders: ReturnType<typeof createDvShelterLoaders>;
}

export function createDvShelterContext(adapter: DvShelterAdapter, policy: OwnerPolicy, consents: ConsentStore): DvShelterContext {
  return { system: AGENCY_SYSTEMS.dvShelter, policy, consents, loaders: createDvShelterLoaders(adapter) };
}

/** Fresh loaders per request: each port method is called once per query-plan level. */
function createDvShelterLoaders(adapter: DvShelterAdapter) {
  const maxBatchSize = adapter.capabilities.maxBatchSize;
  const loader = <T>(name: string, method: (ids: readonly string[]) => Promise<Array<T | null | Error>>) =>
    createPortLoader(method, { name: `dvShelter.${name}`, maxBatchSize });
  return {
    client: loader('clientsByIds', (ids) => adapter.clientsByIds(ids)),
    enrollments: loader('enrollmentsByClientIds', (ids) => adapter.enrollmentsByClientIds(ids)),
  };
}
