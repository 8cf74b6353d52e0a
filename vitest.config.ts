import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

const TIMING_SUITES = [
  'test/e2e/agency-faults.test.ts',
  'test/e2e/behavioral-health-fhir-faults.test.ts',
  'test/e2e/request-deadline.test.ts',
  'test/e2e/sql-agency-faults.test.ts',
  'adapters/resilience/**/*.test.ts',
];

export default defineConfig({
  resolve: {
    // graphql 16 has no `exports` map: without this alias vite loads index.mjs for our imports
    // while Apollo (loaded by Node) gets index.js, and graphql-js refuses types "from another realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    setupFiles: ['reflect-metadata'],
    // No include/exclude here: projects that extend this config would add to them, not replace them.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Suites start real HTTP servers on ephemeral ports; files run in parallel workers.
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'hub', include: ['**/*.test.ts'], exclude: ['node_modules/**', 'dist/**', ...TIMING_SUITES], sequence: { groupOrder: 0 } },
      },
      // Suites that assert a time bound (a stopped agency costs at most its timeout + 100 ms, the
      // request deadline) run after everything else, one file at a time, so that another suite's
      // CPU load on a small machine is not what they measure.
      { extends: true, test: { name: 'timing', include: TIMING_SUITES, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
