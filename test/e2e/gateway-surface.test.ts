/**
 * What an integration specialist sees of the gateway: health of every part, which subgraphs a
 * query touched, the explorer page (self-contained), and no telemetry to Apollo by default.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { SHOWCASE_CASEWORKER_ID } from '../../gateway/src/explorer/example-operations.js';
import { SUBGRAPHS_HEADER } from '../../gateway/src/query-plan.js';
import { SUBGRAPH_NAMES } from '../../subgraphs/registry.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

describe('gateway surface', () => {
  let hub: InProcessHub;

  beforeAll(async () => {
    hub = await startInProcessHub({ population: generatePopulation() });
  });
  afterAll(() => hub?.close());

  it('GET /health reports the gateway and every subgraph with its adapter', async () => {
    const res = await fetch(new URL('/health', hub.gateway.url));
    expect(res.status).toBe(200);
    const health = await res.json();
    expect(health.status).toBe('up');
    expect(health.gateway.status).toBe('up');
    expect(Object.keys(health.subgraphs).sort()).toEqual([...SUBGRAPH_NAMES].sort());
    for (const name of SUBGRAPH_NAMES) {
      expect(health.subgraphs[name]).toMatchObject({
        status: 'up',
        adapter: { status: 'up', capabilities: { freshness: 'snapshot' } },
        audit: { status: 'up' },
      });
    }
  });

  it('names the subgraphs a query plan called, and shows the plan on request', async () => {
    const res = await hub.query(
      `{ caseworker(id: "${SHOWCASE_CASEWORKER_ID}") { caseload { child { person { education { localId } } } } } }`,
      {},
      { 'apollo-query-plan-experimental': '1' },
    );
    expect(res.headers.get(SUBGRAPHS_HEADER)).toBe('child-welfare,identity,schools');
    expect(String(res.body.extensions?.__queryPlanExperimental)).toMatch(/^QueryPlan \{/);
  });

  it('hides query plans, introspection and the subgraphs header in production', async () => {
    const production = await startInProcessHub({ population: generatePopulation({ size: 300 }), production: true });
    try {
      const res = await production.query('{ __schema { types { name } } }', {}, { 'apollo-query-plan-experimental': '1' });
      expect(res.body.errors?.[0].message).toMatch(/introspection/i);
      const plain = await production.query('{ person(id: "P-000001") { id } }', {}, { 'apollo-query-plan-experimental': '1' });
      expect(plain.headers.get(SUBGRAPHS_HEADER)).toBeNull();
      expect(plain.body.extensions).toBeUndefined();
    } finally {
      await production.close();
    }
  });

  it('serves the explorer at / with every script and style inline', async () => {
    const res = await fetch(hub.gateway.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Common Client Hub');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:\/\//);
  });

  it('leaves Apollo telemetry off unless the operator turns it on', () => {
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('1');
  });
});
