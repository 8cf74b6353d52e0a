/**
 * What `adapter:check` runs against one configured domain. First the preflight, each step a line
 * that later steps depend on: configuration, mapping file, connection and health, mapped tables
 * and columns. Then the whole conformance kit (`conformance/plan.ts`, the checks the vitest suites
 * run) against the adapter exactly as a subgraph would build it from the same configuration,
 * resilience included, a fresh one per check.
 */
import {
  type CheckOutcome,
  type Expectations,
  observedExpectations,
  planConformance,
  resolveOptions,
  runConformancePlan,
} from '../conformance/index.js';
import type { ResilienceInput } from '../resilience/resilience-options.js';
import { redactUrl } from '../sql/probe.js';
import type { GeneratorOptions } from '../synthetic/population.js';
import {
  AdapterConfigError,
  type DomainSettings,
  type HubAdapterConfig,
  type HubDomain,
  HUB_DOMAINS,
  parseDomainConfig,
  type SqlConfig,
} from './adapter-config.js';
import { knownExpectations, sampleKeys } from './check-expectations.js';
import { createConfiguredAdapters } from './create-adapters.js';
import { loadMapping } from './load-mapping.js';
import type { MappingDomain } from './mapping-domains.js';
import { MappingFileError } from './mapping-issues.js';
import { checkMappedSchema } from './schema-check.js';
import { childWelfareOver, connectSql, schoolsOver } from './sql-adapters.js';

export interface CheckOptions {
  domain: MappingDomain;
  settings: DomainSettings;
  /** The resilience settings the subgraph would use (from its environment); default ones if absent. */
  resilience?: ResilienceInput | false;
  /** The generator options the database was seeded with: every answer is known, the whole kit runs. */
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

const HUB_DOMAIN: Record<MappingDomain, HubDomain> = { 'child-welfare': 'childWelfare', schools: 'schools' };
/** How to start each server: on a host with systemd, or the stand-in in this repo's docker-compose.yml. */
const SERVERS: Record<SqlConfig['kind'], { name: string; start: string }> = {
  postgres: { name: 'PostgreSQL', start: '`sudo systemctl start postgresql`, or `docker compose up -d postgres` for the stand-in' },
  mariadb: { name: 'MariaDB', start: '`sudo systemctl start mariadb`, or `docker compose up -d mariadb` for the stand-in' },
};

/** Driver errors that mean nothing answered at that address (as opposed to a refused login). */
const UNREACHABLE = /ECONNREFUSED|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|ECONNRESET|no answer within/;

/** Resolves true when every preflight step and every conformance check passed. */
export async function runAdapterCheck(options: CheckOptions, sink: CheckSink): Promise<boolean> {
  const hubDomain = HUB_DOMAIN[options.domain];
  const problems: string[] = [];
  const config = parseDomainConfig(hubDomain, options.settings, problems);
  if (problems.length > 0 || config.kind === 'embedded' || config.kind === 'hmis-csv' || config.kind === 'fhir') {
    for (const problem of problems) sink.step(false, `configuration: ${problem}`);
    if (problems.length === 0) sink.step(false, `configuration: ${options.settings.adapter.name} must name a database adapter (${config.kind} is not checked here)`);
    return false;
  }
  sink.step(true, `configuration: ${options.domain} on ${config.kind} at ${redactUrl(config.url)}`);

  let parsed;
  try {
    parsed = await loadMapping(options.domain, config.mappingPath, options.settings.mapping.name);
    sink.step(true, `mapping: ${parsed.source.file} is valid`);
  } catch (error) {
    if (!(error instanceof MappingFileError || error instanceof AdapterConfigError)) throw error;
    sink.step(false, `mapping: ${error.message}`);
    return false;
  }

  const connection = connectSql(config, 2);
  const probe = options.domain === 'child-welfare' ? childWelfareOver(connection, parsed.mapping as never) : schoolsOver(connection, parsed.mapping as never);
  let expectations: Expectations;
  try {
    const health = await probe.health();
    sink.step(health.status === 'up', `health: ${health.status} — ${health.detail ?? ''}`);
    if (health.status === 'down') {
      const server = SERVERS[config.kind];
      const where = redactUrl(config.url);
      sink.step(
        false,
        UNREACHABLE.test(health.detail ?? '')
          ? `    no ${server.name} server answered at ${where}. Start it (${server.start}), or correct ${options.settings.url.name}.`
          : `    the ${server.name} server at ${where} answered but refused: check the account, password and database in ${options.settings.url.name}.`,
      );
      return false;
    }
    const missing = await checkMappedSchema(connection.db, connection.flavor, parsed.mapping, parsed.source);
    sink.step(missing.length === 0, missing.length === 0 ? 'schema: every mapped table and column exists' : 'schema: missing tables or columns:');
    for (const problem of missing) sink.step(false, `    ${problem}`);
    if (missing.length > 0) return false;

    if (options.seededWith) {
      const { seed, size, referenceDate } = options.seededWith;
      expectations = knownExpectations(options.domain, options.seededWith);
      sink.step(true, `expectations: known — the synthetic population seed ${seed}, size ${size}, reference date ${referenceDate}`);
    } else {
      const samples = await sampleKeys(options.domain, connection, parsed.mapping, options.sample);
      const observed = await observedExpectations(options.domain, probe, samples);
      for (const problem of observed.problems) sink.step(false, `expectations: ${problem}`);
      sink.step(
        observed.problems.length === 0,
        `expectations: your own data — the first ${options.sample} ids of each table, each asked alone; batches must agree (pass --seeded-with to check record content too)`,
      );
      expectations = observed.expectations;
    }
  } finally {
    await probe.close?.();
  }

  const plan = planConformance(options.domain, expectations, resolveOptions({ caseSensitiveIds: options.caseSensitiveIds }));
  const hubConfig = Object.fromEntries(HUB_DOMAINS.map((d) => [d, { kind: 'embedded' }])) as HubAdapterConfig;
  hubConfig[hubDomain] = options.resilience === undefined ? config : { ...config, resilience: options.resilience };
  const createAdapter = async () => {
    const configured = await createConfiguredAdapters(hubConfig, { only: [hubDomain], population: noPopulation });
    // Its close() ends its own pool: the runner calls it after each check.
    return configured.adapters[hubDomain];
  };
  const outcomes = await runConformancePlan(plan, createAdapter, sink.outcome);
  return problemsFree(outcomes);
}

function problemsFree(outcomes: CheckOutcome[]): boolean {
  return outcomes.every((outcome) => outcome.status !== 'failed');
}

function noPopulation(): never {
  throw new Error('a database-backed domain must not generate the synthetic population');
}
