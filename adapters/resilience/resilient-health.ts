/**
 * `health()` of a guarded adapter: the agency system's own check (held to the call budget, so a
 * hung check reads as down) combined with what the breaker has seen. An open circuit is `down`
 * whatever the check says, since calls are failing fast; half-open, or failures in the window
 * while closed, is at best `degraded`. The detail names the circuit state and counts, never data.
 */
import type { AdapterBase, AdapterHealth, AdapterStatus } from '../port/batch-contract.js';
import { circuitState, type AdapterBreaker } from './circuit-breaker.js';
import { deadlineIn, within } from './deadline.js';
import type { ResilienceOptions } from './resilience-options.js';

const RANK: Record<AdapterStatus, number> = { up: 0, degraded: 1, down: 2 };

export async function resilientHealth(adapter: AdapterBase, breaker: AdapterBreaker, options: ResilienceOptions): Promise<AdapterHealth> {
  const own = await within(deadlineIn(options.timeoutMs), adapter.health()).catch(
    (error: unknown): AdapterHealth => ({
      status: 'down',
      checkedAt: new Date().toISOString(),
      detail: `${options.agency}: health check failed: ${error instanceof Error ? error.message : String(error)}`,
    }),
  );
  const state = circuitState(breaker);
  const { fires, failures, rejects } = breaker.stats;
  const seen: AdapterStatus = state === 'open' ? 'down' : state === 'half-open' || failures > 0 ? 'degraded' : 'up';
  const status = RANK[seen] > RANK[own.status] ? seen : own.status;
  const window = `${failures} of ${fires} calls failed, ${rejects} failed fast in the last ${options.circuit.windowMs / 1000} s`;
  return { ...own, status, detail: `${own.detail ?? own.status}; circuit ${state} (${window})` };
}
