import DataLoader from 'dataloader';
import { batchShapeError, type BatchMethod } from './batch-contract.js';

export interface PortLoaderOptions<K> {
  /** Name used in the contract error, e.g. `childWelfare.childrenByIds`. */
  name: string;
  /** Largest batch handed to the adapter at once (its `capabilities.maxBatchSize`). */
  maxBatchSize?: number;
  /** Cache key for object keys; strings are their own key. */
  cacheKey?: (key: K) => string;
}

/**
 * A per-request DataLoader over one port method. It deduplicates keys within the request (the
 * gateway sends one representation per entity occurrence, not per distinct entity) and turns a
 * batch that breaks the contract into a clear error instead of misattributed records.
 */
export function createPortLoader<K, T>(method: BatchMethod<K, T>, options: PortLoaderOptions<K>) {
  return new DataLoader<K, T | null, string>(
    async (keys) => {
      const results = await method(keys);
      if (!Array.isArray(results) || results.length !== keys.length) {
        throw batchShapeError(options.name, keys.length, results);
      }
      return results;
    },
    {
      maxBatchSize: options.maxBatchSize,
      cacheKeyFn: options.cacheKey ?? ((key: K) => (typeof key === 'string' ? key : JSON.stringify(key))),
    },
  );
}
