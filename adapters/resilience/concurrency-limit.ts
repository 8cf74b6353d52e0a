/**
 * At most `max` calls in flight to one agency system; the rest wait in order. A waiting call
 * gives up at its deadline (and leaves the queue). A call abandoned at its deadline gives its
 * slot back: a system that hangs is kept from piling up by the circuit breaker, which stops
 * sending once timeouts dominate, not by slots held forever.
 */
import { DeadlineExceeded, within, type Deadline } from './deadline.js';

/**
 * A waiter granted its slot with less than this left is not sent: no agency system answers that
 * fast, and the slot usually frees at the very moment a waiter queued alongside it runs out
 * (their timers fire in the same few milliseconds).
 */
const LEAST_USEFUL_MS = 5;

export interface ConcurrencyLimit {
  run<T>(deadline: Deadline, work: () => Promise<T>): Promise<T>;
  /** Calls running now, and calls waiting for a slot. */
  load(): { inFlight: number; queued: number };
}

export function createConcurrencyLimit(max: number): ConcurrencyLimit {
  let inFlight = 0;
  const waiting: Array<() => void> = [];

  const acquire = (deadline: Deadline): Promise<void> => {
    if (inFlight < max) {
      inFlight++;
      return Promise.resolve();
    }
    let wake!: () => void;
    const granted = new Promise<void>((resolve) => (wake = resolve));
    waiting.push(wake);
    return within(deadline, granted).catch((error: unknown) => {
      const at = waiting.indexOf(wake);
      if (at >= 0) waiting.splice(at, 1);
      else release(); // granted at the same moment it expired: hand the slot on
      throw error;
    });
  };

  // A released slot passes straight to the next waiter, so `inFlight` never dips below the queue.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else inFlight--;
  };

  return {
    async run(deadline, work) {
      const queued = inFlight >= max;
      await acquire(deadline);
      if (queued && deadline.remaining() < LEAST_USEFUL_MS) {
        release();
        throw new DeadlineExceeded(deadline.budgetMs, deadline.byRequest);
      }
      try {
        return await within(deadline, work());
      } finally {
        release();
      }
    },
    load: () => ({ inFlight, queued: waiting.length }),
  };
}
