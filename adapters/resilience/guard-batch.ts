/**
 * One batch call under the adapter's guards, keeping the batch contract (port/batch-contract.ts):
 * the answer always has one entry per key. When the agency system cannot answer (timeout, open
 * circuit, connection failure, a malformed batch) EVERY index gets the same
 * `AgencyUnavailableError`; the batch never rejects and never mixes records with guesses.
 */
import { batchShapeError, type BatchMethod, type BatchResult } from '../port/batch-contract.js';
import { AGENCY_TIMEOUT, AGENCY_UNAVAILABLE, AgencyUnavailableError } from './agency-unavailable-error.js';
import { isOpenCircuit, type AdapterBreaker } from './circuit-breaker.js';
import type { ConcurrencyLimit } from './concurrency-limit.js';
import { DeadlineExceeded } from './deadline.js';
import { callDeadline } from './request-deadline.js';
import type { ResilienceOptions } from './resilience-options.js';
import { withRetries } from './retry.js';
import { isTransient } from './transient-errors.js';

export interface Guards {
  options: ResilienceOptions;
  breaker: AdapterBreaker;
  limit: ConcurrencyLimit;
}

export async function guardBatch<K, T>(guards: Guards, name: string, method: BatchMethod<K, T>, keys: readonly K[]): Promise<BatchResult<T>> {
  const { options, breaker, limit } = guards;
  const deadline = callDeadline(options.timeoutMs);
  // The request's deadline has passed: the agency system is not asked (nor is the breaker told).
  if (deadline.byRequest && deadline.remaining() === 0) {
    const failure = timedOut(options, new DeadlineExceeded(0, true));
    return keys.map(() => failure);
  }
  try {
    const answer = await breaker.fire(() => limit.run(deadline, () => withRetries(deadline, options, () => attempt(name, method, keys))));
    return answer as BatchResult<T>;
  } catch (error) {
    const failure = unavailable(options, error);
    return keys.map(() => failure);
  }
}

/**
 * One try. A connection-level Error at any index means the system did not answer (an SQL adapter
 * puts the driver's error at every key when its query fails), so it is a failed call: retried,
 * counted by the breaker, and reported as the agency being unavailable.
 */
async function attempt<K, T>(name: string, method: BatchMethod<K, T>, keys: readonly K[]): Promise<BatchResult<T>> {
  const answer = await method(keys);
  if (!Array.isArray(answer) || answer.length !== keys.length) throw batchShapeError(name, keys.length, answer);
  const down = answer.find((entry) => entry instanceof Error && isTransient(entry));
  if (down) throw down;
  return answer;
}

function timedOut(options: ResilienceOptions, error: DeadlineExceeded): AgencyUnavailableError {
  const { agency } = options;
  const message = !error.byRequest
    ? `${agency} did not answer within ${error.budgetMs} ms`
    : error.budgetMs === 0
      ? `${agency} was not asked: the request's deadline had passed`
      : `${agency} did not answer within ${error.budgetMs} ms, the time left before the request's deadline`;
  return new AgencyUnavailableError(agency, AGENCY_TIMEOUT, message, { cause: error });
}

function unavailable(options: ResilienceOptions, error: unknown): AgencyUnavailableError {
  const { agency } = options;
  if (error instanceof DeadlineExceeded) return timedOut(options, error);
  if (isOpenCircuit(error)) {
    return new AgencyUnavailableError(agency, AGENCY_UNAVAILABLE, `${agency} is unavailable: recent calls failed, so calls fail fast until a probe succeeds (circuit open)`, { cause: error });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new AgencyUnavailableError(agency, AGENCY_UNAVAILABLE, `${agency} is unavailable: ${reason}`, { cause: error });
}
