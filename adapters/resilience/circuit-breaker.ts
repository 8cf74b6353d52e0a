/**
 * One opossum circuit breaker per adapter, over thunks: every guarded call of every method goes
 * through the same breaker, because they all reach the same agency system. Opossum's own timeout
 * and capacity are off: the call's deadline and the concurrency limit do that work inside it,
 * so a timeout still counts as a failure here. A call cut short by its request's deadline
 * (request-deadline.ts) does not: it ran out of time another agency or step used up, which says
 * nothing about this one, and counting it would open a healthy agency's circuit whenever another
 * hangs. Only a half-open probe counts it, so an unproven agency is never declared healthy by it.
 */
import CircuitBreaker from 'opossum';
import { DeadlineExceeded } from './deadline.js';
import type { CircuitOptions } from './resilience-options.js';

export type Thunk = () => Promise<unknown>;
export type AdapterBreaker = CircuitBreaker<[Thunk], unknown>;
export type CircuitState = 'closed' | 'open' | 'half-open';

export function createAdapterBreaker(agency: string, options: CircuitOptions): AdapterBreaker {
  const breaker: AdapterBreaker = new CircuitBreaker<[Thunk], unknown>((work) => work(), {
    name: agency,
    timeout: false,
    errorThresholdPercentage: options.errorPercent,
    volumeThreshold: options.minCalls,
    resetTimeout: options.resetMs,
    rollingCountTimeout: options.windowMs,
    rollingCountBuckets: 10,
    // Opossum counts a filtered error as a success (and a success closes a half-open circuit).
    errorFilter: (error: unknown) => error instanceof DeadlineExceeded && error.byRequest && !breaker.halfOpen,
  });
  return breaker;
}

export function circuitState(breaker: AdapterBreaker): CircuitState {
  if (breaker.opened) return 'open';
  return breaker.halfOpen ? 'half-open' : 'closed';
}

/** Opossum's rejection when it fails fast. */
export function isOpenCircuit(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'EOPENBREAKER';
}
