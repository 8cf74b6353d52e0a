/**
 * The demographics sources of the configured agencies (adapters/config: `<PREFIX>_ADAPTER`).
 * An embedded agency is read from the synthetic population (`adapters/synthetic/demographics.ts`,
 * which adds the SSN and ZIP such a system realistically holds). A database, FHIR or export agency
 * is read through its adapter's own reader (`demographics()`; the DV program's
 * `demographicsOfReleased`), built as the subgraphs build it (`createConfiguredAdapters`: the
 * mapping file, the export validated in full). An agency whose adapter has no reader is reported
 * as skipped, and its records' links are left exactly as they are.
 *
 * A DV program's source yields only clients with a VAWA release naming the collaborative for
 * linkage (dv-linkage-releases.ts); everyone else never leaves the program, not even hashed
 * (34 U.S.C. 12291(b)(2)). Both DV readers take the released ids and check them first.
 *
 * Call `close()` when the run is over: database readers hold a pool.
 */
import { DOMAIN_ADAPTERS, HUB_DOMAINS, type HubAdapterConfig, type HubDomain } from '../../../../adapters/config/adapter-config.js';
import { createConfiguredAdapters } from '../../../../adapters/config/create-adapters.js';
import type { HubAdapters } from '../../../../adapters/embedded-adapters.js';
import type { DemographicsSource } from '../../../../adapters/port/demographics.js';
import { createSyntheticDemographicsSources } from '../../../../adapters/synthetic/demographics.js';
import type { SyntheticPopulation } from '../../../../adapters/synthetic/population.js';

export interface ConfiguredSources {
  sources: DemographicsSource[];
  /** Agencies not linked in this run, and why. */
  skipped: Array<{ system: string; reason: string }>;
  /** Close the adapters the readers were built on (their pools). */
  close(): Promise<void>;
}

type AgencyDomain = Exclude<HubDomain, 'identity'>;

export async function configuredDemographicsSources(
  config: HubAdapterConfig,
  population: () => SyntheticPopulation,
  releasedDvLocalIds: ReadonlySet<string>,
): Promise<ConfiguredSources> {
  const agencies = HUB_DOMAINS.filter((d): d is AgencyDomain => d !== 'identity');
  const embeddedSystems = new Set(agencies.filter((d) => config[d].kind === 'embedded').map((d) => DOMAIN_ADAPTERS[d].name));
  const connected = agencies.filter((d) => config[d].kind !== 'embedded');

  const sources = embeddedSystems.size
    ? createSyntheticDemographicsSources(population(), { releasedDvLocalIds }).filter((s) => embeddedSystems.has(s.system))
    : [];
  const skipped: ConfiguredSources['skipped'] = [];
  if (connected.length === 0) return { sources, skipped, close: async () => {} };

  const configured = await createConfiguredAdapters(config, { population, only: connected });
  try {
    for (const domain of connected) {
      const source = readerOf(configured.adapters, domain, releasedDvLocalIds);
      if (source) sources.push(source);
      else skipped.push({ system: DOMAIN_ADAPTERS[domain].name, reason: `the ${config[domain].kind} adapter has no demographics reader` });
    }
  } catch (error) {
    await configured.close();
    throw error;
  }
  return { sources, skipped, close: () => configured.close() };
}

function readerOf(adapters: HubAdapters, domain: AgencyDomain, released: ReadonlySet<string>): DemographicsSource | undefined {
  switch (domain) {
    case 'dvShelter':
      return adapters.dvShelter.demographicsOfReleased?.(released);
    case 'childWelfare':
      return adapters.childWelfare.demographics?.();
    case 'behavioralHealth':
      return adapters.behavioralHealth.demographics?.();
    case 'schools':
      return adapters.schools.demographics?.();
  }
}
