/**
 * One opossum circuit breaker per adapter, over thunks: every guarded call of every method goes
 * through the same breaker, because they all reach the same agency system. Opossum's own timeout
 * and capacity are off: the call's deadline and the concurrency limit do that work inside it,
 * so a timeout still counts as a failure here.
 */
import CircuitBreaker from 'opossum';
import type { CircuitOptions } from './resilience-options.js';

export type Thunk = () => Promise<unknown>;
export type AdapterBreaker = CircuitBreaker<[Thunk], unknown>;
export type CircuitState = 'closed' | 'open' | 'half-open';

export function createAdapterBreaker(agency: string, options: CircuitOptions): AdapterBreaker {
  return new CircuitBreaker<[Thunk], unknown>((work) => work(), {
    name: agency,
    timeout: false,
    errorThresholdPercentage: options.errorPercent,
    volumeThreshold: options.minCalls,
    resetTimeout: options.resetMs,
    rollingCountTimeout: options.windowMs,
    rollingCountBuckets: 10,
  });
}

export function circuitState(breaker: AdapterBreaker): CircuitState {
  if (breaker.opened) return 'open';
  return breaker.halfOpen ? 'half-open' : 'closed';
}

/** Opossum's rejection when it fails fast. */
export function isOpenCircuit(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'EOPENBREAKER';
}
