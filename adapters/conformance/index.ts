/**
 * The adapter conformance kit (after Keyv's test suite): every adapter's test file calls
 * `runAdapterConformance(it, { domain, createAdapter })`, and the kit registers one test per check
 * and batch method, each against a fresh adapter seeded with the kit's fixture for the domain.
 */
import type { TestAPI } from 'vitest';
import { abuseMethodChecks } from './abuse-checks.js';
import type { AdapterCheck, MethodCheck } from './check.js';
import { contractAdapterChecks, contractMethodChecks } from './contract-checks.js';
import { datasetFor, domainTable } from './domains.js';
import { healthAdapterChecks } from './health-checks.js';
import { loaderMethodChecks } from './loader-checks.js';
import { type ConformanceSpec, type Domain, resolveOptions } from './types.js';

export const methodChecks: MethodCheck[] = [
  ...contractMethodChecks,
  ...abuseMethodChecks,
  ...loaderMethodChecks,
];
export const adapterChecks: AdapterCheck[] = [...contractAdapterChecks, ...healthAdapterChecks];

export function runAdapterConformance<D extends Domain>(it: TestAPI, spec: ConformanceSpec<D>): void {
  const options = resolveOptions(spec.options);
  const table = domainTable(spec.domain);
  // Expected answers come from this copy; each adapter gets its own, so nothing it does to its
  // dataset (or lets callers do to its answers) can change what the kit expects.
  const data = datasetFor(spec.domain, options.caseSensitiveIds);
  const methods = table.methods;

  const register = (name: string, run: (adapter: object) => Promise<void>) =>
    it(
      name,
      async () => {
        const adapter = await spec.createAdapter(datasetFor(spec.domain, options.caseSensitiveIds));
        try {
          await run(adapter);
        } finally {
          await adapter.close?.();
        }
      },
      spec.options?.timeoutMs,
    );

  for (const check of [...adapterChecks, ...table.adapterChecks]) {
    register(`${check.group}: ${check.title}`, (adapter) => check.run({ adapter, methods, data, options }));
  }
  for (const method of methods) {
    for (const check of methodChecks) {
      if (check.appliesTo && !check.appliesTo(method, data)) continue;
      const name = `${check.group}: ${method.name}: ${check.title}`;
      register(name, (adapter) => check.run({ adapter, method, data, options }));
    }
  }
}

export type { AdapterOf, ConformanceOptions, ConformanceSpec, DatasetOf, Domain } from './types.js';
export type { AdapterCheck, AdapterCheckContext, MethodCheck, MethodCheckContext } from './check.js';
export type { MethodSpec } from './method-spec.js';
export { ConformanceViolation } from './violation.js';
export { datasetFor, domainTable } from './domains.js';
export * from './contract-checks.js';
export * from './abuse-checks.js';
export * from './loader-checks.js';
export * from './health-checks.js';
export * from './paging-checks.js';
export * from './identity-checks.js';
