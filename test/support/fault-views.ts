/**
 * What the fault suites (test/e2e/*-faults.test.ts) share: timing a view through the gateway from
 * before the request is sent, and the shape of the error a stopped agency must produce — every
 * error that is not a policy denial is that agency's, with one of the documented codes, and its
 * message starts with the agency's name (adapters/resilience/README.md).
 */
import { expect } from 'vitest';
import { ACCESS_DENIED } from '../../subgraphs/shared/policy/access-denied.js';
import type { InProcessHub } from './in-process-hub.js';

type GqlError = { message: string; path?: unknown[]; extensions?: Record<string, unknown> };

export async function timedQuery(hub: InProcessHub, query: string) {
  const started = performance.now();
  const res = await hub.query(query);
  return { res, ms: Math.round(performance.now() - started) };
}

export function expectAgencyErrors(errors: GqlError[] | undefined, agency: string, codes: readonly string[]) {
  const own = (errors ?? []).filter((e) => e.extensions?.code !== ACCESS_DENIED);
  expect(own.length).toBeGreaterThan(0);
  for (const error of own) {
    expect(error.extensions?.agency).toBe(agency);
    expect(codes).toContain(error.extensions?.code);
    expect(error.message).toMatch(new RegExp(`^${agency} `));
  }
}
