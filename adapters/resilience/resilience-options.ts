/** What `withResilience` can be told, and what it does when told nothing. */

export interface CircuitOptions {
  /** Failure percentage within the window above which the circuit opens; default 50. */
  errorPercent: number;
  /** Calls within the window before the circuit may open at all; default 5. */
  minCalls: number;
  /** Open this long, then let one probe call through (half-open); default 10000. */
  resetMs: number;
  /** The rolling window the failure percentage is counted over; default 10000. */
  windowMs: number;
}

export interface ResilienceOptions {
  /** The agency named in errors and health; default the adapter's `capabilities.sourceSystem`. */
  agency: string;
  /** Budget of one call, queueing, retries and backoff included; default 2000. */
  timeoutMs: number;
  /** Calls in flight to the agency system at once; the rest queue. Default 8. */
  maxInFlight: number;
  /** Retries after a transient failure (reads only, within the budget); default 1. */
  retries: number;
  /** Base pause before a retry, jittered up to twice as long; default 25. */
  backoffMs: number;
  circuit: CircuitOptions;
}

export type ResilienceInput = Partial<Omit<ResilienceOptions, 'circuit'>> & { circuit?: Partial<CircuitOptions> };

export const DEFAULT_RESILIENCE: Omit<ResilienceOptions, 'agency'> = {
  timeoutMs: 2000,
  maxInFlight: 8,
  retries: 1,
  backoffMs: 25,
  circuit: { errorPercent: 50, minCalls: 5, resetMs: 10_000, windowMs: 10_000 },
};

export function resolveResilience(input: ResilienceInput, sourceSystem: string): ResilienceOptions {
  const { circuit, ...rest } = input;
  return {
    ...DEFAULT_RESILIENCE,
    agency: sourceSystem,
    ...withoutUndefined(rest),
    circuit: { ...DEFAULT_RESILIENCE.circuit, ...withoutUndefined(circuit ?? {}) },
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
