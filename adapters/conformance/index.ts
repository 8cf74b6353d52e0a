/**
 * The adapter conformance kit (after Keyv's test suite): every adapter's test file calls
 * `runAdapterConformance(it, { domain, createAdapter })`, and the kit registers one test per check
 * and batch method (`plan.ts`), each against a fresh adapter seeded with the kit's fixture.
 * `npm run adapter:check` runs the same plan against a configured adapter (`run-plan.ts`).
 */
import type { TestAPI } from 'vitest';
import { datasetFor, domainTable } from './domains.js';
import { planConformance } from './plan.js';
import { type ConformanceSpec, type Domain, resolveOptions } from './types.js';

export function runAdapterConformance<D extends Domain>(it: TestAPI, spec: ConformanceSpec<D>): void {
  const options = resolveOptions(spec.options);
  // Expected answers come from this copy; each adapter gets its own, so nothing it does to its
  // dataset (or lets callers do to its answers) can change what the kit expects.
  const data = datasetFor(spec.domain, options.caseSensitiveIds);
  const methods = domainTable(spec.domain).methods;
  const plan = planConformance(spec.domain, { kind: 'known', data, methods: methods as never }, options);
  // Checks the fixture has no case for are left unregistered, as before: the fixture is the kit's own.
  for (const check of plan.checks) {
    it(
      check.name,
      async () => {
        const adapter = await spec.createAdapter(datasetFor(spec.domain, options.caseSensitiveIds));
        try {
          await check.run(adapter);
        } finally {
          await adapter.close?.();
        }
      },
      spec.options?.timeoutMs,
    );
  }
}

export type { AdapterOf, ConformanceOptions, ConformanceSpec, DatasetOf, Domain, ResolvedOptions } from './types.js';
export type { AdapterCheck, AdapterCheckContext, MethodCheck, MethodCheckContext } from './check.js';
export type { MethodSpec } from './method-spec.js';
export { ConformanceViolation } from './violation.js';
export { datasetFor, domainTable } from './domains.js';
export { adapterChecks, methodChecks, planConformance } from './plan.js';
export type { ConformancePlan, Expectations, PlannedCheck, SkippedCheck } from './plan.js';
export { observedExpectations } from './observed.js';
export { runConformancePlan } from './run-plan.js';
export type { CheckOutcome } from './run-plan.js';
export { resolveOptions } from './types.js';
export * from './contract-checks.js';
export * from './abuse-checks.js';
export * from './loader-checks.js';
export * from './health-checks.js';
export * from './paging-checks.js';
export * from './identity-checks.js';
export * from './demographics-checks.js';
