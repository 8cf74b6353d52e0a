import DataLoader from 'dataloader';
import { afterEach, describe, expect, it } from 'vitest';
import { AGENCY_TIMEOUT, AgencyUnavailableError } from './agency-unavailable-error.js';
import { requestTimeLeft, runInRequestScope, setRequestDeadline } from './request-deadline.js';
import { createEchoAdapter, type EchoAdapter } from './test-doubles.js';
import { withResilience, type ResilienceInput } from './with-resilience.js';

const opened: EchoAdapter[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((a) => a.close?.()));
});

function guarded(input: ResilienceInput = {}, delayMs = 0) {
  const { adapter, state } = createEchoAdapter(delayMs);
  const wrapped = withResilience(adapter, { timeoutMs: 1000, backoffMs: 5, ...input });
  opened.push(wrapped);
  return { wrapped, state };
}

/** `work` inside a request whose deadline is `inMs` from now, timed from the request's start. */
async function inRequest<T>(inMs: number, work: () => Promise<T>): Promise<{ value: T; ms: number; deadlineAt: number }> {
  const started = performance.now();
  return runInRequestScope(async () => {
    setRequestDeadline(Date.now() + inMs);
    const value = await work();
    return { value, ms: performance.now() - started, deadlineAt: started + inMs };
  });
}

function expectTimeout(result: unknown[], message: RegExp) {
  for (const entry of result) {
    expect(entry).toBeInstanceOf(AgencyUnavailableError);
    expect(entry).toMatchObject({ agency: 'echo', code: AGENCY_TIMEOUT });
    expect((entry as Error).message).toMatch(message);
  }
}

describe('the request deadline', () => {
  it('is unknown outside a request, and unset in a request until the verified token sets it', async () => {
    expect(requestTimeLeft()).toBeUndefined();
    setRequestDeadline(Date.now() + 100); // no request: nothing to set
    expect(requestTimeLeft()).toBeUndefined();
    await runInRequestScope(async () => {
      expect(requestTimeLeft()).toBeUndefined();
      setRequestDeadline(Date.now() + 100);
      const left = requestTimeLeft()!;
      expect(left).toBeGreaterThan(50);
      expect(left).toBeLessThanOrEqual(100);
    });
  });

  it('reaches a DataLoader batch function scheduled from inside the request', async () => {
    const seen: Array<number | undefined> = [];
    const { value } = await inRequest(500, async () => {
      const loader = new DataLoader<string, string>(async (keys) => {
        seen.push(requestTimeLeft());
        return keys.map((k) => k.toUpperCase());
      });
      return Promise.all([loader.load('a'), loader.load('b')]);
    });
    expect(value).toEqual(['A', 'B']);
    expect(seen).toHaveLength(1); // one batch
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[0]).toBeLessThanOrEqual(500);
  });

  it('cuts a hung call at the request deadline, before the call’s own timeout', async () => {
    const { wrapped, state } = guarded({ timeoutMs: 1000 });
    state.fault = 'hang';
    const { value, ms } = await inRequest(80, () => wrapped.echo(['a', 'b']));
    expectTimeout(value, /^echo did not answer within \d+ ms, the time left before the request's deadline$/);
    expect(ms).toBeGreaterThanOrEqual(75);
    expect(ms).toBeLessThan(80 + 50);
  });

  it('never extends a call’s own timeout', async () => {
    const { wrapped, state } = guarded({ timeoutMs: 60 });
    state.fault = 'hang';
    const { value, ms } = await inRequest(1000, () => wrapped.echo(['a']));
    expectTimeout(value, /^echo did not answer within 60 ms$/);
    expect(ms).toBeLessThan(60 + 50);
  });

  it('does not ask the agency system once the deadline has passed', async () => {
    const { wrapped, state } = guarded();
    const { value, ms } = await inRequest(0, () => wrapped.echo(['a', 'b']));
    expectTimeout(value, /^echo was not asked: the request's deadline had passed$/);
    expect(state.calls).toBe(0);
    expect(ms).toBeLessThan(20);
  });

  it('starts no retry after the deadline, though the call’s own budget would allow more', async () => {
    // Every attempt is refused after 60 ms; with its own budget alone the call would try 4 times.
    const alone = guarded({ retries: 3 }, 60);
    alone.state.fault = 'refuse';
    await alone.wrapped.echo(['a']);
    expect(alone.state.calls).toBe(4);

    const { wrapped, state } = guarded({ retries: 3 }, 60);
    state.fault = 'refuse';
    const { value, ms, deadlineAt } = await inRequest(100, () => wrapped.echo(['a']));
    expectTimeout(value, /the time left before the request's deadline$/);
    expect(ms).toBeLessThan(100 + 50);
    await new Promise((resolve) => setTimeout(resolve, 150)); // an attempt left running ends meanwhile
    expect(state.calls).toBeGreaterThanOrEqual(1);
    expect(state.calls).toBeLessThanOrEqual(2);
    for (const startedAt of state.startedAt) expect(startedAt).toBeLessThan(deadlineAt);
  });

  it('does not count calls cut short by the request deadline against the agency’s circuit', async () => {
    // A healthy but not instant agency, called when the request has almost no time left.
    const { wrapped, state } = guarded({ retries: 0, circuit: { minCalls: 2, errorPercent: 50 } }, 40);
    for (let i = 0; i < 4; i++) expectTimeout((await inRequest(10, () => wrapped.echo(['a']))).value, /request's deadline$/);
    expect(state.calls).toBe(4);
    expect(await wrapped.echo(['a'])).toEqual(['A']); // the circuit stayed closed
    const health = await wrapped.health();
    expect(health.status).toBe('up');
    expect(health.detail).toMatch(/circuit closed \(0 of \d+ calls failed/);
  });
});
