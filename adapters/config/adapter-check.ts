/**
 * What `adapter:check` runs against one configured domain. First the preflight of its backend,
 * each step a line that later steps depend on (`check-sql.ts`, `check-fhir.ts`, `check-hmis.ts`),
 * ending with where the expected answers come from. Then the whole conformance kit
 * (`conformance/plan.ts`, the checks the vitest suites run) against the adapter exactly as a
 * subgraph builds it from the same configuration (`createConfiguredAdapters`, resilience
 * included), a fresh one per check.
 *
 * Without --seeded-with the store holds the agency's own records, and only synthetic data may
 * reach a log or report: the run is inside `withholdingValues`, so every message names kinds and
 * positions, never a value.
 */
import {
  type CheckOutcome,
  type Expectations,
  planConformance,
  resolveOptions,
  runConformancePlan,
} from '../conformance/index.js';
import { withholdingValues } from '../conformance/violation.js';
import type { ResilienceInput } from '../resilience/resilience-options.js';
import type { GeneratorOptions } from '../synthetic/population.js';
import {
  DOMAIN_ADAPTERS,
  type DomainSettings,
  type HubAdapterConfig,
  type HubDomain,
  HUB_DOMAINS,
  parseDomainConfig,
} from './adapter-config.js';
import { preflightFhir } from './check-fhir.js';
import { preflightHmis } from './check-hmis.js';
import { preflightSql } from './check-sql.js';
import { createConfiguredAdapters } from './create-adapters.js';

/** The domains with an adapter to configure (identity has only its embedded one). */
export const CHECKED_DOMAINS = ['child-welfare', 'schools', 'behavioral-health', 'dv-shelter'] as const;
export type CheckedDomain = (typeof CHECKED_DOMAINS)[number];

export const HUB_DOMAIN: Record<CheckedDomain, HubDomain> = {
  'child-welfare': 'childWelfare',
  schools: 'schools',
  'behavioral-health': 'behavioralHealth',
  'dv-shelter': 'dvShelter',
};

export interface CheckOptions {
  domain: CheckedDomain;
  settings: DomainSettings;
  /** The resilience settings the subgraph would use (from its environment); default ones if absent. */
  resilience?: ResilienceInput | false;
  /** The generator options the store was seeded with: every answer is known, the whole kit runs. */
  seededWith?: GeneratorOptions;
  /** Own data: how many ids of each owner table to ask with. */
  sample: number;
  /** False for a store whose ids fold case (a `_ci` collation). */
  caseSensitiveIds: boolean;
}

/** Where the report goes, line by line as the check runs. */
export interface CheckSink {
  step(ok: boolean, text: string): void;
  outcome(outcome: CheckOutcome): void;
}

/** Resolves true when every preflight step and every conformance check passed. */
export async function runAdapterCheck(options: CheckOptions, sink: CheckSink): Promise<boolean> {
  let stepsFailed = 0;
  const counted: CheckSink = {
    step(ok, text) {
      if (!ok) stepsFailed++;
      sink.step(ok, text);
    },
    outcome: (outcome) => sink.outcome(outcome),
  };
  // Own data: nothing the preflight or the kit says may quote a record (see the file comment).
  const guarded = options.seededWith ? <T>(work: () => Promise<T>) => work() : withholdingValues;
  const outcomes = await guarded(() => preflightAndKit(options, counted));
  return stepsFailed === 0 && outcomes !== null && outcomes.every((outcome) => outcome.status !== 'failed');
}

async function preflightAndKit(options: CheckOptions, sink: CheckSink): Promise<CheckOutcome[] | null> {
  const hubDomain = HUB_DOMAIN[options.domain];
  const problems: string[] = [];
  const config = parseDomainConfig(hubDomain, options.settings, problems);
  for (const problem of problems) sink.step(false, `configuration: ${problem}`);
  if (problems.length > 0) return null;

  let expectations: Expectations | null;
  if (config.kind === 'postgres' || config.kind === 'mariadb') expectations = await preflightSql(config, options, sink);
  else if (config.kind === 'fhir') expectations = await preflightFhir(config, options, sink);
  else if (config.kind === 'hmis-csv') expectations = await preflightHmis(config, options, sink);
  else {
    const { kinds } = DOMAIN_ADAPTERS[hubDomain];
    sink.step(false, `configuration: ${options.settings.adapter.name} must name the adapter to check, one of: ${kinds.filter((k) => k !== 'embedded').join(', ')} (embedded serves the synthetic population, which the kit's own suites check)`);
    return null;
  }
  if (!expectations) return null;

  const plan = planConformance(options.domain, expectations, resolveOptions({ caseSensitiveIds: options.caseSensitiveIds }));
  const hubConfig = Object.fromEntries(HUB_DOMAINS.map((d) => [d, { kind: 'embedded' }])) as HubAdapterConfig;
  hubConfig[hubDomain] = options.resilience === undefined ? config : { ...config, resilience: options.resilience };
  const createAdapter = async () => {
    // The subgraph's own code path; its close() ends what it opened (a pool): the runner calls it after each check.
    const configured = await createConfiguredAdapters(hubConfig, { only: [hubDomain], population: noPopulation });
    return configured.adapters[hubDomain];
  };
  return runConformancePlan(plan, createAdapter, sink.outcome);
}

function noPopulation(): never {
  throw new Error('a configured domain must not generate the synthetic population');
}
