/**
 * `withResilience(adapter, options)`: any port's adapter behind a per-call time budget, bounded
 * concurrency, one retry for transient failures and a circuit breaker, with the same shape and
 * capabilities. Every batch method (a method called with an array of keys) keeps the batch
 * contract: an agency that cannot answer yields an `AgencyUnavailableError` at every index.
 * Other methods (a paged list, an export reload) pass through unguarded.
 */
import type { AdapterBase } from '../port/batch-contract.js';
import { createAdapterBreaker } from './circuit-breaker.js';
import { createConcurrencyLimit } from './concurrency-limit.js';
import { guardBatch, type Guards } from './guard-batch.js';
import { resilientHealth } from './resilient-health.js';
import { resolveResilience, type ResilienceInput } from './resilience-options.js';

export type { ResilienceInput, ResilienceOptions } from './resilience-options.js';

export function withResilience<A extends AdapterBase>(adapter: A, input: ResilienceInput = {}): A {
  const options = resolveResilience(input, adapter.capabilities.sourceSystem);
  const guards: Guards = { options, breaker: createAdapterBreaker(options.agency, options.circuit), limit: createConcurrencyLimit(options.maxInFlight) };
  const health = () => resilientHealth(adapter, guards.breaker, options);
  const close = async () => {
    guards.breaker.shutdown(); // stops its statistics timers
    await adapter.close?.();
  };
  const wrapped = new Map<PropertyKey, unknown>();

  // A proxy, not a copy: getters (an HMIS adapter's `capabilities` follows its reloads) and extra
  // methods stay the adapter's own; only functions are wrapped, each once.
  return new Proxy(adapter, {
    get(target, property) {
      if (property === 'health') return health;
      if (property === 'close') return close;
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') return value;
      if (!wrapped.has(property)) {
        const method = value as (...args: unknown[]) => Promise<unknown>;
        const name = `${options.agency}.${String(property)}`;
        wrapped.set(property, (...args: unknown[]) =>
          Array.isArray(args[0]) && args.length === 1
            ? guardBatch(guards, name, (keys) => method.call(target, keys) as never, args[0])
            : method.apply(target, args),
        );
      }
      return wrapped.get(property);
    },
  });
}
