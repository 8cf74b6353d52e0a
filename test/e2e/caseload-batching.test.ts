/**
 * The caseload query must cost the same number of adapter calls whatever the caseload size:
 * one batched call per port method per query-plan level (DataLoader per request), never one
 * per child. Proven for 1, 10 and 200 children through the real gateway and subgraphs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { CASELOAD_QUERY } from '../../gateway/src/explorer/example-operations.js';
import { countingAdapters, type AdapterCall } from '../support/counting-adapters.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';
import { expectOnlyDenials } from '../support/denials.js';
import { consentEverythingTo } from '../support/consent-everything.js';
import { testCaseworkerId, withTestCaseloads } from '../support/test-caseloads.js';

const SIZES = [1, 10, 200];

function callsBySubgraphMethod(calls: AdapterCall[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of calls) counts[`${call.adapter}.${call.method}`] = (counts[`${call.adapter}.${call.method}`] ?? 0) + 1;
  return counts;
}

describe('caseload batching through the gateway', () => {
  const calls: AdapterCall[] = [];
  let hub: InProcessHub;

  beforeAll(async () => {
    const population = withTestCaseloads(generatePopulation({ size: 6000 }), SIZES);
    hub = await startInProcessHub({ population, adapters: (a) => countingAdapters(a, calls) });
    // Every consent on file, so every child's views are looked up and the call counts compare like for like.
    await consentEverythingTo(hub, population, 'county-child-welfare');
  });
  afterAll(() => hub?.close());

  async function runCaseload(size: number) {
    calls.length = 0;
    const res = await hub.query(CASELOAD_QUERY, { caseworkerId: testCaseworkerId(size) });
    expectOnlyDenials(res.body.errors);
    expect(res.body.data.caseworker.caseload).toHaveLength(size);
    return { counts: callsBySubgraphMethod(calls), calls: [...calls], data: res.body.data };
  }

  it('makes the same adapter calls for 1, 10 and 200 children, one per method', async () => {
    const runs = [];
    for (const size of SIZES) runs.push(await runCaseload(size));
    const [one, ten, twoHundred] = runs;

    expect(ten.counts).toEqual(one.counts);
    expect(twoHundred.counts).toEqual(one.counts);
    // Every agency took part, each method exactly once per query.
    for (const adapter of ['identity', 'childWelfare', 'behavioralHealth', 'dvShelter', 'schools']) {
      expect(Object.keys(one.counts).some((k) => k.startsWith(`${adapter}.`)), adapter).toBe(true);
    }
    for (const [method, count] of Object.entries(twoHundred.counts)) expect(count, method).toBe(1);
    // And the batch really carried the whole caseload: identity resolved 200 records at once.
    const identityBatch = twoHundred.calls.find((c) => c.method === 'personIdsByLocalRecords');
    expect(identityBatch?.keys).toBe(200);
  });

  it('answers every child in the caseload with their person and agency views', async () => {
    const { data } = await runCaseload(200);
    const people = data.caseworker.caseload.map((c: any) => c.child.person);
    expect(people.every((p: any) => typeof p?.id === 'string' && p.childWelfare)).toBe(true);
    // Realistic overlap: most children in care are at a school.
    expect(people.filter((p: any) => p.education).length).toBeGreaterThan(100);
  });
});
