import type { IdentityAdapter, LocalRecordKey } from '../../adapters/identity/port.js';
import { createPortLoader } from '../../adapters/port/port-loader.js';
import type { DisclosureRecorder } from '../shared/audit/disclosure-recorder.js';
import type { RequestFacts } from '../shared/security/caller.js';
import type { LinkStore } from './link-store/link-store.js';

export interface IdentityContext {
  loaders: ReturnType<typeof createIdentityLoaders>;
  /** The verified caller, set by the subgraph server from the gateway's token. */
  request?: RequestFacts;
  /** This request's disclosures, written before the response leaves (set by the subgraph server). */
  audit?: DisclosureRecorder;
  /** The link store with the review queue, when the subgraph runs on one. */
  linkStore?: LinkStore;
}

/** Fresh loaders per request: one adapter call per kind of lookup per query-plan level. */
export function createIdentityLoaders(adapter: IdentityAdapter) {
  const maxBatchSize = adapter.capabilities.maxBatchSize;
  return {
    linksByPersonId: createPortLoader((ids: readonly string[]) => adapter.linksByPersonIds(ids), {
      name: 'identity.linksByPersonIds',
      maxBatchSize,
    }),
    personIdByLocalRecord: createPortLoader(
      (keys: readonly LocalRecordKey[]) => adapter.personIdsByLocalRecords(keys),
      {
        name: 'identity.personIdsByLocalRecords',
        maxBatchSize,
        cacheKey: (key) => `${key.system}\u0000${key.localId}`,
      },
    ),
  };
}
