/**
 * The deadline of the request a call belongs to, carried by AsyncLocalStorage so that an
 * adapter method (called by a DataLoader batch function deep inside a resolver) sees it without
 * every port method taking an extra argument. The gateway stamps each request with the agency
 * budget and sends the time left to each subgraph inside the token it signs for that subgraph;
 * the subgraph server opens a scope per request and sets the deadline only after verifying that
 * token, so nothing unverified changes behaviour.
 *
 * The guards cap each call's own budget with the time left (guard-batch.ts), so an agency that
 * hangs fails at the request's deadline whatever the steps before it cost. Outside any scope
 * (a test or a script calling an adapter directly, the health check) there is no deadline and
 * a call keeps its own budget.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { deadlineIn, type Deadline } from './deadline.js';

interface RequestScope {
  /** Epoch milliseconds after which no agency answer is waited for; unset until verified. */
  deadline?: number;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `work` (and everything it schedules) in a fresh request scope, with no deadline yet. */
export function runInRequestScope<T>(work: () => T): T {
  return storage.run({}, work);
}

/** Sets the current request's deadline; outside a scope it does nothing (there is no request). */
export function setRequestDeadline(deadline: number): void {
  const scope = storage.getStore();
  if (scope) scope.deadline = deadline;
}

/** Milliseconds left before the current request's deadline (never negative), or `undefined` without one. */
export function requestTimeLeft(now: () => number = Date.now): number | undefined {
  const deadline = storage.getStore()?.deadline;
  return deadline === undefined ? undefined : Math.max(0, deadline - now());
}

/**
 * One call's deadline: its own budget, or the time left before the request's deadline when that
 * is shorter. A request's deadline may shorten a call's budget, never extend it.
 */
export function callDeadline(timeoutMs: number, now: () => number = Date.now): Deadline {
  const left = requestTimeLeft(now);
  return left !== undefined && left < timeoutMs ? deadlineIn(left, now, true) : deadlineIn(timeoutMs, now);
}
