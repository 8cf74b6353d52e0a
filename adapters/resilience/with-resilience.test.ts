import { afterEach, describe, expect, it } from 'vitest';
import { AGENCY_TIMEOUT, AGENCY_UNAVAILABLE, AgencyUnavailableError } from './agency-unavailable-error.js';
import { createEchoAdapter, type EchoAdapter } from './test-doubles.js';
import { withResilience, type ResilienceInput } from './with-resilience.js';

const opened: EchoAdapter[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((a) => a.close?.()));
});

function guarded(input: ResilienceInput = {}, delayMs = 0) {
  const { adapter, state } = createEchoAdapter(delayMs);
  const wrapped = withResilience(adapter, { timeoutMs: 200, backoffMs: 5, ...input });
  opened.push(wrapped);
  return { wrapped, state };
}

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work;
  return { value, ms: performance.now() - started };
}

function expectEveryIndex(result: unknown[], keys: number, code: string) {
  expect(result).toHaveLength(keys);
  for (const entry of result) expect(entry).toMatchObject({ name: 'AgencyUnavailableError', agency: 'echo', code });
  expect(result.every((entry) => entry instanceof AgencyUnavailableError)).toBe(true);
}

describe('withResilience', () => {
  it('keeps the shape, the capabilities and the answers of a healthy adapter', async () => {
    const { wrapped } = guarded();
    expect(wrapped.capabilities).toEqual({ sourceSystem: 'echo', freshness: 'live', maxBatchSize: 100 });
    const result = await wrapped.echo(['a', 'unknown', 'bad']);
    expect(result[0]).toBe('A');
    expect(result[1]).toBeNull();
    expect(result[2]).toBeInstanceOf(RangeError); // a per-key error is an answer, passed through
    expect(await wrapped.list({ first: 2 })).toEqual(['item-0', 'item-1']); // not a batch: unguarded
    expect((await wrapped.health()).status).toBe('up');
  });

  it('answers a hung call within its budget with AGENCY_TIMEOUT at every index', async () => {
    const { wrapped, state } = guarded({ timeoutMs: 100 });
    state.fault = 'hang';
    const { value, ms } = await timed(wrapped.echo(['a', 'b', 'c']));
    expectEveryIndex(value, 3, AGENCY_TIMEOUT);
    expect(ms).toBeLessThan(100 + 50);
    expect((value[0] as Error).message).toBe('echo did not answer within 100 ms');
  });

  it('retries a refused connection once, then answers AGENCY_UNAVAILABLE at every index', async () => {
    const { wrapped, state } = guarded();
    state.fault = 'refuse';
    expectEveryIndex(await wrapped.echo(['a', 'b']), 2, AGENCY_UNAVAILABLE);
    expect(state.calls).toBe(2);

    state.fault = 'refuse-per-key'; // the SQL adapters' way of saying the query failed
    expectEveryIndex(await wrapped.echo(['a', 'b']), 2, AGENCY_UNAVAILABLE);
    expect(state.calls).toBe(4);
  });

  it('does not retry what is not transient, nor past the budget', async () => {
    const { wrapped, state } = guarded();
    state.fault = 'bug';
    expectEveryIndex(await wrapped.echo(['a']), 1, AGENCY_UNAVAILABLE);
    expect(state.calls).toBe(1);

    const tight = guarded({ timeoutMs: 40, backoffMs: 25 }); // a pause of 25–50 ms leaves no room
    tight.state.fault = 'refuse';
    const { ms } = await timed(tight.wrapped.echo(['a']));
    expect(tight.state.calls).toBe(1);
    expect(ms).toBeLessThan(40);
  });

  it('turns a batch of the wrong length into an Error at every index, not misattributed records', async () => {
    const { wrapped, state } = guarded();
    state.fault = 'short';
    const result = await wrapped.echo(['a', 'b']);
    expectEveryIndex(result, 2, AGENCY_UNAVAILABLE);
    expect((result[0] as Error).message).toMatch(/one entry per key \(2 keys\)/);
  });

  it('keeps at most maxInFlight calls in flight and queues the rest', async () => {
    const { wrapped, state } = guarded({ maxInFlight: 2 }, 20);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => wrapped.echo([`k${i}`])));
    expect(results.map((r) => r[0])).toEqual(['K0', 'K1', 'K2', 'K3', 'K4', 'K5']);
    expect(state.maxInFlight).toBe(2);
  });

  it('a queued call gives up at its deadline', async () => {
    const { wrapped, state } = guarded({ maxInFlight: 1, timeoutMs: 60 });
    state.fault = 'hang';
    const [first, second] = await Promise.all([wrapped.echo(['a']), wrapped.echo(['b'])]);
    expectEveryIndex(first, 1, AGENCY_TIMEOUT);
    expectEveryIndex(second, 1, AGENCY_TIMEOUT);
    expect(state.calls).toBe(1); // the second never reached the agency system
  });

  it('opens the circuit after a failure ratio, fails fast, reports down, and closes after a good probe', async () => {
    const { wrapped, state } = guarded({ retries: 0, circuit: { minCalls: 2, errorPercent: 50, resetMs: 100 } });
    state.fault = 'refuse';
    for (let i = 0; i < 3; i++) await wrapped.echo(['a']);
    const callsWhenOpen = state.calls;
    const { value, ms } = await timed(wrapped.echo(['a', 'b']));
    expectEveryIndex(value, 2, AGENCY_UNAVAILABLE);
    expect((value[0] as Error).message).toMatch(/circuit open/);
    expect(state.calls).toBe(callsWhenOpen);
    expect(ms).toBeLessThan(20);
    const down = await wrapped.health();
    expect(down.status).toBe('down');
    expect(down.detail).toMatch(/^echo answered; circuit open \(\d+ of \d+ calls failed/);

    state.fault = 'none';
    await new Promise((resolve) => setTimeout(resolve, 120)); // half-open: one probe goes through
    expect((await wrapped.health()).detail).toMatch(/circuit half-open/);
    expect(await wrapped.echo(['a'])).toEqual(['A']);
    const after = await wrapped.health();
    expect(after.detail).toMatch(/circuit closed/);
    expect(after.status).toBe('degraded'); // failures remain in the window
  });

  it('reports a health check that hangs as down, within the budget', async () => {
    const { adapter } = createEchoAdapter();
    const hung: EchoAdapter = { ...adapter, health: () => new Promise(() => {}) };
    const wrapped = withResilience(hung, { timeoutMs: 50 });
    opened.push(wrapped);
    const health = await wrapped.health();
    expect(health.status).toBe('down');
    expect(health.detail).toMatch(/echo: health check failed: no answer within 50 ms; circuit closed/);
  });

  it('keeps a getter capability live (an HMIS adapter re-reads asOf after a reload)', async () => {
    const { adapter } = createEchoAdapter();
    let asOf = '2026-01-01';
    const live = Object.create(adapter, { capabilities: { get: () => ({ ...adapter.capabilities, asOf }) } }) as EchoAdapter;
    const wrapped = withResilience(live);
    opened.push(wrapped);
    asOf = '2026-02-01';
    expect(wrapped.capabilities.asOf).toBe('2026-02-01');
  });
});
