/**
 * The demographics sources of the configured agencies (adapters/config: `<PREFIX>_ADAPTER`).
 * An embedded agency is read from the synthetic population. The database and export adapters
 * (child welfare on Postgres, schools on MariaDB, DV on HMIS CSV) have no demographics reader
 * yet: such an agency is reported as skipped, and its records' links are left exactly as they are.
 * A DV program's source yields only clients with a VAWA release naming the hub for linkage
 * (dv-linkage-releases.ts); everyone else never leaves the program, not even hashed.
 */
import { DOMAIN_ADAPTERS, HUB_DOMAINS, type HubAdapterConfig } from '../../../../adapters/config/adapter-config.js';
import type { DemographicsSource } from '../../../../adapters/port/demographics.js';
import { createSyntheticDemographicsSources } from '../../../../adapters/synthetic/demographics.js';
import type { SyntheticPopulation } from '../../../../adapters/synthetic/population.js';

export interface ConfiguredSources {
  sources: DemographicsSource[];
  /** Agencies not linked in this run, and why. */
  skipped: Array<{ system: string; reason: string }>;
}

export function configuredDemographicsSources(
  config: HubAdapterConfig,
  population: () => SyntheticPopulation,
  releasedDvLocalIds: ReadonlySet<string>,
): ConfiguredSources {
  const skipped: ConfiguredSources['skipped'] = [];
  const embeddedSystems = new Set<string>();
  for (const domain of HUB_DOMAINS) {
    if (domain === 'identity') continue;
    const system = DOMAIN_ADAPTERS[domain].name;
    if (config[domain].kind === 'embedded') embeddedSystems.add(system);
    else skipped.push({ system, reason: `the ${config[domain].kind} adapter has no demographics reader yet` });
  }
  const sources = embeddedSystems.size
    ? createSyntheticDemographicsSources(population(), { releasedDvLocalIds }).filter((s) => embeddedSystems.has(s.system))
    : [];
  return { sources, skipped };
}
