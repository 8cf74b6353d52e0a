/**
 * A tiny port for the resilience tests: one batch method whose behaviour the test switches
 * (answer, hang, refuse the connection, throw a bug), counting the calls that reach it.
 */
import type { AdapterBase, BatchResult } from '../port/batch-contract.js';

export type Fault = 'none' | 'hang' | 'refuse' | 'bug' | 'short' | 'refuse-per-key';

export interface EchoAdapter extends AdapterBase {
  echo(keys: readonly string[]): Promise<BatchResult<string>>;
  list(page: { first: number }): Promise<string[]>;
}

export function connectionRefused(): Error {
  return Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
}

export function createEchoAdapter(delayMs = 0) {
  const state = { fault: 'none' as Fault, calls: 0, inFlight: 0, maxInFlight: 0, startedAt: [] as number[] };
  const adapter: EchoAdapter = {
    capabilities: { sourceSystem: 'echo', freshness: 'live', maxBatchSize: 100 },
    health: async () => ({ status: 'up', checkedAt: new Date().toISOString(), detail: 'echo answered' }),
    async echo(keys) {
      state.calls++;
      state.startedAt.push(performance.now());
      state.inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      try {
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        switch (state.fault) {
          case 'hang':
            return await new Promise<never>(() => {});
          case 'refuse':
            throw connectionRefused();
          case 'bug':
            throw new TypeError('adapter bug');
          case 'short':
            return keys.slice(1).map((k) => k.toUpperCase());
          case 'refuse-per-key': {
            const cause = connectionRefused(); // what an SQL adapter does when its query fails
            return keys.map(() => cause);
          }
          default:
            return keys.map((k) => (k === 'bad' ? new RangeError('bad key') : k === 'unknown' ? null : k.toUpperCase()));
        }
      } finally {
        state.inFlight--;
      }
    },
    list: async ({ first }) => Array.from({ length: first }, (_, i) => `item-${i}`),
  };
  return { adapter, state };
}
