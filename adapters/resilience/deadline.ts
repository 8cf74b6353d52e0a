/**
 * One time budget per call, shared by its queueing, its attempts and its backoff, so no call
 * outlives `timeoutMs` whatever happens inside it. The work itself cannot be cancelled (a port
 * method takes no signal); past the deadline its answer is simply not waited for. A budget cut
 * short by the request's deadline (request-deadline.ts) is marked `byRequest`: running out of it
 * says nothing about the agency system.
 */

export class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
  constructor(
    readonly budgetMs: number,
    /** The budget was the time left before the request's deadline, not the call's own. */
    readonly byRequest = false,
  ) {
    super(`no answer within ${budgetMs} ms`);
  }
}

export interface Deadline {
  readonly budgetMs: number;
  /** The budget is what was left of the request's, shorter than the call's own. */
  readonly byRequest: boolean;
  /** Milliseconds left, never negative. */
  remaining(): number;
}

export function deadlineIn(budgetMs: number, now: () => number = Date.now, byRequest = false): Deadline {
  const end = now() + budgetMs;
  return { budgetMs, byRequest, remaining: () => Math.max(0, end - now()) };
}

/** `work`, or a `DeadlineExceeded` rejection when the deadline comes first. */
export function within<T>(deadline: Deadline, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(deadline.budgetMs, deadline.byRequest)), deadline.remaining());
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
