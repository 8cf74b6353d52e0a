/**
 * The caseload benchmark: how the caseload query scales. The whole hub runs in this process over
 * real HTTP on a generated population; for caseloads of 1, 10, 60 and 200 children it reports
 * median and p95 latency through the gateway, the ratio to the one-child caseload, and adapter
 * calls per query.
 */
import 'reflect-metadata';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { CASELOAD_QUERY } from '../../gateway/src/explorer/example-operations.js';
import { countingAdapters, type AdapterCall } from '../support/counting-adapters.js';
import { startInProcessHub } from '../support/in-process-hub.js';
import { testCaseworkerId, withTestCaseloads } from '../support/test-caseloads.js';

const SIZES = [1, 10, 60, 200];
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function runCaseloadBench(options: { size: number; iterations: number }): Promise<void> {
  const started = performance.now();
  const population = withTestCaseloads(generatePopulation({ size: options.size }), SIZES);
  const generatedMs = performance.now() - started;
  const calls: AdapterCall[] = [];
  const hub = await startInProcessHub({ population, adapters: (a) => countingAdapters(a, calls) });
  console.log(`population: ${options.size} people generated in ${Math.round(generatedMs)} ms; rss ${mb(process.memoryUsage().rss)}`);

  const rows = [];
  try {
    for (const size of SIZES) {
      const variables = { caseworkerId: testCaseworkerId(size) };
      for (let i = 0; i < 5; i++) await hub.query(CASELOAD_QUERY, variables); // warm-up
      calls.length = 0;
      await hub.query(CASELOAD_QUERY, variables);
      const adapterCalls = calls.length;
      const times: number[] = [];
      for (let i = 0; i < options.iterations; i++) {
        const t0 = performance.now();
        const res = await hub.query(CASELOAD_QUERY, variables);
        times.push(performance.now() - t0);
        if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
      }
      times.sort((a, b) => a - b);
      rows.push({ children: size, medianMs: percentile(times, 50), p95Ms: percentile(times, 95), adapterCalls });
    }
  } finally {
    await hub.close();
  }

  const base = rows[0].medianMs;
  console.table(
    rows.map((r) => ({
      'children in caseload': r.children,
      'median ms': r.medianMs.toFixed(1),
      'p95 ms': r.p95Ms.toFixed(1),
      'median vs 1 child': `${(r.medianMs / base).toFixed(2)}x`,
      'adapter calls per query': r.adapterCalls,
    })),
  );
  console.log(`peak rss ${mb(process.resourceUsage().maxRSS * 1024)}`);
}
