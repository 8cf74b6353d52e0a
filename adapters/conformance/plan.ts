/**
 * Which checks the kit runs against one adapter, as a flat list: one source of truth for the
 * vitest suite (`runAdapterConformance` registers each with `it`) and for `npm run adapter:check`
 * (`run-plan.ts` runs each and prints a line). A check that cannot run says why.
 */
import { abuseMethodChecks } from './abuse-checks.js';
import type { AdapterCheck, MethodCheck } from './check.js';
import { contractAdapterChecks, contractMethodChecks } from './contract-checks.js';
import { domainTable } from './domains.js';
import { healthAdapterChecks } from './health-checks.js';
import { loaderMethodChecks } from './loader-checks.js';
import type { MethodSpec } from './method-spec.js';
import type { Domain, ResolvedOptions } from './types.js';

export const methodChecks: MethodCheck[] = [...contractMethodChecks, ...abuseMethodChecks, ...loaderMethodChecks];
export const adapterChecks: AdapterCheck[] = [...contractAdapterChecks, ...healthAdapterChecks];

/**
 * Where the expected answers come from.
 * - `known`: `data` is exactly what the store holds (the kit's fixture seeded per test, or a
 *   generated population seeded with `npm run seed:sql`); every check can run.
 * - `observed`: an agency's own data. `methods` answer, for a sample of real keys, what the
 *   adapter answered to each key asked alone; checks that judge against an independent truth
 *   (`needsKnownAnswers`) are skipped, the rest compare each batch with those single answers.
 */
export interface Expectations {
  kind: 'known' | 'observed';
  data: unknown;
  methods: MethodSpec[];
}

export interface PlannedCheck {
  name: string;
  group: string;
  run(adapter: object): Promise<void>;
}

export interface SkippedCheck {
  name: string;
  group: string;
  reason: string;
}

export interface ConformancePlan {
  checks: PlannedCheck[];
  skipped: SkippedCheck[];
}

export function planConformance(domain: Domain, expectations: Expectations, options: ResolvedOptions): ConformancePlan {
  const { data, methods, kind } = expectations;
  const plan: ConformancePlan = { checks: [], skipped: [] };
  const unknownTruth = (check: AdapterCheck | MethodCheck) =>
    kind === 'observed' && check.needsKnownAnswers
      ? `needs known answers: ${check.needsKnownAnswers} (check a copy seeded from the generator with --seeded-with: \`npm run seed:sql\`, \`npm run fhir:serve\` or the HMIS export-cli.ts)`
      : undefined;

  for (const check of [...adapterChecks, ...domainTable(domain).adapterChecks]) {
    const name = `${check.group}: ${check.title}`;
    const reason = unknownTruth(check);
    if (reason) plan.skipped.push({ name, group: check.group, reason });
    else plan.checks.push({ name, group: check.group, run: (adapter) => check.run({ adapter, methods, data, options }) });
  }
  for (const method of methods) {
    const sampled = method.knownKeys(data).length > 0;
    for (const check of methodChecks) {
      const name = `${check.group}: ${method.name}: ${check.title}`;
      const reason =
        unknownTruth(check) ??
        (sampled ? undefined : `no keys of ${method.name} were found to ask with`) ??
        (check.appliesTo && !check.appliesTo(method, data)
          ? `does not apply: it needs ${check.requires ?? 'a case'} the ${kind === 'known' ? 'known' : 'sampled'} data does not have`
          : undefined);
      if (reason) plan.skipped.push({ name, group: check.group, reason });
      else plan.checks.push({ name, group: check.group, run: (adapter) => check.run({ adapter, method, data, options }) });
    }
  }
  return plan;
}
