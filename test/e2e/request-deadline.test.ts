/**
 * The gateway's request deadline reaches every agency call through the real path: the gateway
 * stamps the request with its agency budget, signs the time left into each subgraph's token, the
 * subgraph runs the request in a deadline scope, and the adapter's batch method (called by a
 * DataLoader batch function) sees it (adapters/resilience/request-deadline.ts). Only a signed,
 * well-formed time left is accepted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubAdapters } from '../../adapters/embedded-adapters.js';
import type { AdapterBase } from '../../adapters/port/batch-contract.js';
import { AGENCY_TIMEOUT } from '../../adapters/resilience/agency-unavailable-error.js';
import { requestTimeLeft } from '../../adapters/resilience/request-deadline.js';
import { withResilience } from '../../adapters/resilience/with-resilience.js';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { replyReserveMs } from '../../gateway/src/reply-reserve.js';
import { agencyTimeoutFromEnv } from '../../gateway/src/config.js';
import { PERSON_QUERY } from '../../gateway/src/explorer/example-operations.js';
import { MAX_TIME_LEFT_MS, signGatewayToken } from '../../subgraphs/shared/security/gateway-token.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

const BUDGET_MS = 5000;

/** Records the time left each batch call of an adapter sees. */
function recording<A extends AdapterBase>(adapter: A, seen: Array<number | undefined>): A {
  return new Proxy(adapter, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function' || property === 'health' || property === 'close') return value;
      return (...args: unknown[]) => {
        if (Array.isArray(args[0])) seen.push(requestTimeLeft());
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

describe('the request deadline', () => {
  const seen: Record<string, Array<number | undefined>> = {};
  let hub: InProcessHub;

  beforeAll(async () => {
    hub = await startInProcessHub({
      population: generatePopulation(),
      agencyTimeoutMs: BUDGET_MS,
      adapters: (adapters) =>
        Object.fromEntries(Object.entries(adapters).map(([domain, adapter]) => [domain, recording(adapter as AdapterBase, (seen[domain] = []))])) as unknown as HubAdapters,
    });
  });
  afterAll(() => hub?.close());

  it('reaches every agency call of a federated view, within the gateway budget', async () => {
    const started = Date.now();
    const res = await hub.query(PERSON_QUERY);
    const elapsed = Date.now() - started;
    expect(res.body.errors).toBeUndefined();
    for (const domain of ['identity', 'childWelfare', 'behavioralHealth', 'dvShelter', 'schools']) {
      expect(seen[domain]!.length, domain).toBeGreaterThan(0);
      for (const left of seen[domain]!) {
        expect(left, domain).toBeDefined();
        // The agencies' share: the budget less the hub's reply reserve, less what has passed.
        expect(left!, domain).toBeGreaterThan(BUDGET_MS - replyReserveMs(BUDGET_MS) - elapsed - 1);
        expect(left!, domain).toBeLessThanOrEqual(BUDGET_MS - replyReserveMs(BUDGET_MS));
      }
    }
  });

  it('refuses a gateway token whose time left is malformed, and accepts a well-formed one', async () => {
    const facts = { requestId: 'r', caller: { subject: 's', name: 'n', organization: 'o', roles: ['caseworker' as const], purposeOfUse: 'COC' as const } };
    const key = hub.keys.gatewaySigning.privateKey;
    const direct = async (timeLeftMs: number) => {
      const res = await fetch(hub.subgraphs['dv-shelter'].url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await signGatewayToken(facts, 'dv-shelter', key, timeLeftMs)}` },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      return { status: res.status, body: (await res.json()) as { errors?: Array<{ message: string }> } };
    };
    const tooLong = await direct(MAX_TIME_LEFT_MS + 1);
    expect(tooLong.status).toBe(401);
    expect(tooLong.body.errors?.[0]?.message).toMatch(/malformed time left \(tl\)/);
    expect((await direct(250)).status).toBe(200);
  });
});

describe('a hung agency after a slow step', () => {
  const BUDGET = 400;
  const IDENTITY_DELAY_MS = 200;
  const fault = { on: false };
  let hub: InProcessHub;

  /** Every batch call waits `delayMs` first, or hangs while the fault is on. */
  function slowed<A extends AdapterBase>(adapter: A, behaviour: { delayMs?: number; hangs?: boolean }): A {
    return new Proxy(adapter, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown;
        if (typeof value !== 'function' || property === 'health' || property === 'close') return value;
        return async (...args: unknown[]) => {
          if (!fault.on) return (value as (...a: unknown[]) => unknown).apply(target, args);
          if (behaviour.hangs) return new Promise(() => {});
          await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }

  beforeAll(async () => {
    hub = await startInProcessHub({
      population: generatePopulation(),
      agencyTimeoutMs: BUDGET,
      adapters: (adapters) => ({
        ...adapters,
        identity: slowed(adapters.identity, { delayMs: IDENTITY_DELAY_MS }),
        behavioralHealth: withResilience(slowed(adapters.behavioralHealth, { hangs: true }), { timeoutMs: BUDGET, circuit: { minCalls: 10_000 } }),
      }),
    });
    await hub.query(PERSON_QUERY); // warm up with every agency answering
    fault.on = true;
  });
  afterAll(() => hub?.close());

  it('costs the view at most the budget, not the slow step plus the agency’s own timeout', async () => {
    const started = performance.now();
    const res = await hub.query(PERSON_QUERY);
    const ms = performance.now() - started;
    expect(res.body.data.person.behavioralHealth).toBeNull();
    expect(res.body.data.person.childWelfare).not.toBeNull();
    const error = res.body.errors?.find((e) => e.extensions?.agency === 'behavioral-health');
    expect(error?.extensions?.code).toBe(AGENCY_TIMEOUT);
    expect(error?.message).toMatch(/^behavioral-health did not answer within \d+ ms, the time left before the request's deadline$/);
    // Without the request's deadline: identity's 200 ms, then behavioral health's whole 400 ms.
    // Agencies get the budget less the hub's reply reserve; the view waits for that much.
    expect(ms).toBeGreaterThanOrEqual(BUDGET - replyReserveMs(BUDGET) - 5);
    expect(ms).toBeLessThanOrEqual(BUDGET + 100);
  });
});

describe('AGENCY_TIMEOUT_MS', () => {
  it('defaults to the resilience layer’s call budget, and refuses what is not a budget', () => {
    expect(agencyTimeoutFromEnv(undefined)).toBe(2000);
    expect(agencyTimeoutFromEnv(' 750 ')).toBe(750);
    expect(() => agencyTimeoutFromEnv('2s')).toThrow('AGENCY_TIMEOUT_MS="2s" is not a whole number of milliseconds from 1 to 600000');
    expect(() => agencyTimeoutFromEnv('0')).toThrow(/from 1 to 600000/);
  });
});
