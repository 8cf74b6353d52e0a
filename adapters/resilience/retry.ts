/**
 * Retries for reads only: every batch method of a port is an idempotent read, so asking again
 * cannot change an agency's records. At most `retries` more attempts, only after a transient
 * failure, after a short jittered pause (so many callers do not retry in step), and never past
 * the call's deadline: a retry that could not finish in the time left is not started.
 */
import { sleep, type Deadline } from './deadline.js';
import { isTransient } from './transient-errors.js';

export interface RetryOptions {
  /** More attempts after the first; default 1. */
  retries: number;
  /** Pause before a retry: `backoffMs` plus up to as much again at random; default 25. */
  backoffMs: number;
}

export async function withRetries<T>(deadline: Deadline, options: RetryOptions, attempt: () => Promise<T>): Promise<T> {
  for (let tried = 0; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      const pause = options.backoffMs * (1 + Math.random());
      // Keep at least as long again as the pause for the retry itself, or it would only time out.
      if (tried >= options.retries || !isTransient(error) || deadline.remaining() < 2 * pause) throw error;
      await sleep(pause);
    }
  }
}
