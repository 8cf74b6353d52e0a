/**
 * The hub's adapters as configured (`adapterConfigFromEnv`): a database, FHIR or export adapter where
 * one is configured, the embedded one everywhere else, each behind `withResilience` (a time budget,
 * bounded concurrency, a retry and a circuit breaker: adapters/resilience/) unless switched off.
 * Mapping files and exports are read and validated here, at start, so a wrong one stops the
 * process before it serves. Database adapters are built on first use: a subgraph process touches
 * only its own domain's, so a child welfare process on PostgreSQL never generates the synthetic
 * population, and no process opens a pool it does not need.
 */
import { createFhirBehavioralHealthAdapter } from '../behavioral-health/fhir/adapter.js';
import { EMBEDDED_ADAPTER_FACTORIES, type HubAdapters } from '../embedded-adapters.js';
import { withResilience } from '../resilience/with-resilience.js';
import { populationFromEnv } from '../synthetic/population-from-env.js';
import type { SyntheticPopulation } from '../synthetic/population.js';
import { DOMAIN_ADAPTERS, HUB_DOMAINS, type HubAdapterConfig, type HubDomain } from './adapter-config.js';
import { hmisCsvAdapterFrom } from './hmis-csv-adapter.js';
import { loadMapping } from './load-mapping.js';
import { childWelfareOver, connectSql, schoolsOver } from './sql-adapters.js';

export interface ConfiguredAdapters {
  adapters: HubAdapters;
  /** Which adapter each domain runs on (`embedded`, `postgres`, ...), for the startup log. */
  kinds: Record<HubDomain, string>;
  /** The population the embedded adapters serve (made on first call, shared with them). */
  population: () => SyntheticPopulation;
  /** Close the adapters built so far (their pools). */
  close(): Promise<void>;
}

export interface CreateOptions {
  /** The population embedded adapters serve; default `populationFromEnv()`, made at most once. */
  population?: () => SyntheticPopulation;
  /**
   * The domains this process serves (a subgraph process: its own). Only their mapping files are
   * read; touching another domain's adapter throws. Default: every domain.
   */
  only?: readonly HubDomain[];
}

type Builders = { [D in HubDomain]: () => HubAdapters[D] };

export async function createConfiguredAdapters(config: HubAdapterConfig, options: CreateOptions = {}): Promise<ConfiguredAdapters> {
  const population = once(options.population ?? (() => populationFromEnv()));
  const builders = {} as Builders;
  for (const domain of HUB_DOMAINS) {
    setBuilder(builders, domain, () => EMBEDDED_ADAPTER_FACTORIES[domain](population()));
  }
  const served = (domain: HubDomain) => options.only?.includes(domain) ?? true;
  const cw = config.childWelfare;
  if (cw.kind === 'postgres' && served('childWelfare')) {
    const { mapping } = await loadMapping('child-welfare', cw.mappingPath, `${DOMAIN_ADAPTERS.childWelfare.prefix}_MAPPING`);
    builders.childWelfare = () => childWelfareOver(connectSql(cw), mapping);
  }
  const sch = config.schools;
  if (sch.kind === 'mariadb' && served('schools')) {
    const { mapping } = await loadMapping('schools', sch.mappingPath, `${DOMAIN_ADAPTERS.schools.prefix}_MAPPING`);
    builders.schools = () => schoolsOver(connectSql(sch), mapping);
  }
  const bh = config.behavioralHealth;
  if (bh.kind === 'fhir' && served('behavioralHealth')) {
    // No connection is opened here: each batch is HTTP requests, so a server down at start is a health matter.
    builders.behavioralHealth = () => createFhirBehavioralHealthAdapter({ baseUrl: bh.url, identifierSystem: bh.identifierSystem });
  }
  const dv = config.dvShelter;
  if (dv.kind === 'hmis-csv' && served('dvShelter')) {
    // Read now (creation is async); it holds files in memory, no connection.
    const adapter = await hmisCsvAdapterFrom(dv, `${DOMAIN_ADAPTERS.dvShelter.prefix}_EXPORT_DIR`);
    builders.dvShelter = () => adapter;
  }

  const built: Array<{ close?(): Promise<void> }> = [];
  const adapters = {} as HubAdapters;
  for (const domain of HUB_DOMAINS) {
    if (!served(domain)) {
      builders[domain] = () => {
        throw new Error(`this process serves ${options.only?.join(', ')}, not ${domain}`);
      };
    }
    const resilience = config[domain].resilience;
    const get = once(() => {
      const raw = builders[domain]();
      const adapter = resilience === false ? raw : withResilience(raw, { agency: DOMAIN_ADAPTERS[domain].name, ...resilience });
      built.push(adapter);
      return adapter;
    });
    Object.defineProperty(adapters, domain, { get, enumerable: true });
  }
  const kinds = Object.fromEntries(HUB_DOMAINS.map((d) => [d, config[d].kind])) as Record<HubDomain, string>;
  return {
    adapters,
    kinds,
    population,
    close: async () => {
      await Promise.all(built.map((adapter) => adapter.close?.()));
    },
  };
}

function setBuilder<D extends HubDomain>(builders: Builders, domain: D, build: () => HubAdapters[D]): void {
  builders[domain] = build as Builders[D];
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
