/**
 * Which adapter each domain runs on, from the environment. Embedded (synthetic data) unless told
 * otherwise, so `npm start` needs no server. Per domain, with its prefix (`CHILD_WELFARE`,
 * `SCHOOLS`, ...):
 *
 *   <PREFIX>_ADAPTER       embedded (default) | postgres (child welfare) | mariadb (schools) | hmis-csv (DV shelter) | fhir (behavioral health)
 *   <PREFIX>_DATABASE_URL  required by a database adapter: postgres://… or mysql://…/<database>
 *   <PREFIX>_DB_SCHEMA     PostgreSQL only: the schema to read (first on the search path)
 *   <PREFIX>_MAPPING       a YAML mapping file (see README.md); default: the migrations' schema
 *   <PREFIX>_EXPORT_DIR    required by hmis-csv (DV shelter): the directory of one HMIS CSV export
 *   <PREFIX>_FHIR_URL      required by fhir (behavioral health): the FHIR R4 base URL
 *   <PREFIX>_FHIR_IDENTIFIER_SYSTEM  fhir: the Patient.identifier system of the local id (the MRN)
 *
 * and the resilience settings of `resilience-config.ts` (time budget, concurrency, circuit).
 *
 * Every mistake is reported at once, each naming its variable and what it accepts.
 */
import type { HubAdapters } from '../embedded-adapters.js';
import { databaseOf } from '../sql/mysql-connection.js';
import { redactUrl } from '../sql/probe.js';
import type { ResilienceInput } from '../resilience/resilience-options.js';
import { resilienceFromEnv } from './resilience-config.js';

export type HubDomain = keyof HubAdapters;
export type AdapterKind = 'embedded' | 'postgres' | 'mariadb' | 'hmis-csv' | 'fhir';

export interface EmbeddedConfig {
  kind: 'embedded';
}
export interface PostgresConfig {
  kind: 'postgres';
  url: string;
  schema?: string;
  mappingPath?: string;
}
export interface MariadbConfig {
  kind: 'mariadb';
  url: string;
  mappingPath?: string;
}
export type SqlConfig = PostgresConfig | MariadbConfig;
/** The DV shelter served from a victim service provider's HMIS CSV export (dv-shelter/hmis-csv/). */
export interface HmisCsvConfig {
  kind: 'hmis-csv';
  exportDir: string;
}
/** Behavioral health served by a provider's FHIR R4 REST API (behavioral-health/fhir/). */
export interface FhirConfig {
  kind: 'fhir';
  url: string;
  /** Patient.identifier.system whose value is the port's local id; default the adapter's. */
  identifierSystem?: string;
}
/**
 * `resilience`: absent for the defaults of adapters/resilience/, `false` to serve the adapter
 * unguarded (`<PREFIX>_RESILIENCE=off`).
 */
export type DomainAdapterConfig = (EmbeddedConfig | SqlConfig | HmisCsvConfig | FhirConfig) & { resilience?: ResilienceInput | false };
export type HubAdapterConfig = Record<HubDomain, DomainAdapterConfig>;

/** Per domain: its name (the subgraph's), its environment prefix, the adapters it can run on. */
export const DOMAIN_ADAPTERS: Record<HubDomain, { name: string; prefix: string; kinds: readonly AdapterKind[] }> = {
  identity: { name: 'identity', prefix: 'IDENTITY', kinds: ['embedded'] },
  childWelfare: { name: 'child-welfare', prefix: 'CHILD_WELFARE', kinds: ['embedded', 'postgres'] },
  behavioralHealth: { name: 'behavioral-health', prefix: 'BEHAVIORAL_HEALTH', kinds: ['embedded', 'fhir'] },
  dvShelter: { name: 'dv-shelter', prefix: 'DV_SHELTER', kinds: ['embedded', 'hmis-csv'] },
  schools: { name: 'schools', prefix: 'SCHOOLS', kinds: ['embedded', 'mariadb'] },
};

export const HUB_DOMAINS = Object.keys(DOMAIN_ADAPTERS) as HubDomain[];

/** The domain a subgraph (`child-welfare`) serves (`childWelfare`). */
export function domainNamed(name: string): HubDomain | undefined {
  return HUB_DOMAINS.find((domain) => DOMAIN_ADAPTERS[domain].name === name);
}

/** The settings of one domain, each with the name the operator knows it by (a variable or a flag). */
export type Setting = 'adapter' | 'url' | 'schema' | 'mapping';
type Named = { name: string; value?: string };
export type DomainSettings = Record<Setting, Named> & { exportDir?: Named; fhirUrl?: Named; fhirIdentifierSystem?: Named };

export class AdapterConfigError extends Error {
  override name = 'AdapterConfigError';
  constructor(readonly problems: string[]) {
    super(`Adapter configuration is invalid:\n  ${problems.join('\n  ')}`);
  }
}

const URL_SHAPES: Record<'postgres' | 'mariadb', { protocols: string[]; example: string }> = {
  postgres: { protocols: ['postgres:', 'postgresql:'], example: 'postgres://user:password@host:5432/database' },
  mariadb: { protocols: ['mysql:'], example: 'mysql://user:password@host:3306/database' },
};

/** Every domain's configuration from `env`; throws one `AdapterConfigError` listing every problem. */
export function adapterConfigFromEnv(env: NodeJS.ProcessEnv = process.env): HubAdapterConfig {
  const problems: string[] = [];
  const config = {} as HubAdapterConfig;
  for (const domain of HUB_DOMAINS) {
    const resilience = resilienceFromEnv(DOMAIN_ADAPTERS[domain].prefix, env, problems);
    config[domain] = parseDomainConfig(domain, envSettings(domain, env), problems);
    if (resilience !== undefined) config[domain].resilience = resilience;
  }
  if (problems.length > 0) throw new AdapterConfigError(problems);
  return config;
}

export function envSettings(domain: HubDomain, env: NodeJS.ProcessEnv): DomainSettings {
  const { prefix } = DOMAIN_ADAPTERS[domain];
  const read = (suffix: string) => {
    const name = `${prefix}_${suffix}`;
    const value = env[name]?.trim();
    return { name, value: value === '' ? undefined : value };
  };
  return {
    adapter: read('ADAPTER'),
    url: read('DATABASE_URL'),
    schema: read('DB_SCHEMA'),
    mapping: read('MAPPING'),
    exportDir: read('EXPORT_DIR'),
    fhirUrl: read('FHIR_URL'),
    fhirIdentifierSystem: read('FHIR_IDENTIFIER_SYSTEM'),
  };
}

/** One domain's configuration; problems are pushed to `problems` (the result is then not to be used). */
export function parseDomainConfig(domain: HubDomain, s: DomainSettings, problems: string[]): DomainAdapterConfig {
  const { kinds, name } = DOMAIN_ADAPTERS[domain];
  const kind = (s.adapter.value ?? 'embedded') as AdapterKind;
  if (!kinds.includes(kind)) {
    problems.push(`${s.adapter.name}=${JSON.stringify(s.adapter.value)} is not an adapter for ${name}; expected one of: ${kinds.join(', ')}`);
    return { kind: 'embedded' };
  }
  const exportDir = s.exportDir ?? { name: `${DOMAIN_ADAPTERS[domain].prefix}_EXPORT_DIR` };
  const fhir = { url: s.fhirUrl ?? { name: `${DOMAIN_ADAPTERS[domain].prefix}_FHIR_URL` }, system: s.fhirIdentifierSystem ?? { name: `${DOMAIN_ADAPTERS[domain].prefix}_FHIR_IDENTIFIER_SYSTEM` } };
  if (kind === 'embedded') {
    for (const extra of [s.url, s.schema, s.mapping, exportDir, fhir.url, fhir.system]) {
      if (extra.value !== undefined) problems.push(`${extra.name} is set but ${s.adapter.name} is embedded (unset); set ${s.adapter.name} to one of: ${kinds.filter((k) => k !== 'embedded').join(', ') || '(none yet)'}`);
    }
    return { kind };
  }
  if (kind === 'fhir') return parseFhir(s, exportDir, fhir, problems);
  for (const extra of [fhir.url, fhir.system]) {
    if (extra.value !== undefined) problems.push(`${extra.name} applies to the fhir adapter only; ${s.adapter.name} is ${kind}`);
  }
  if (kind === 'hmis-csv') return parseHmisCsv(s, exportDir, problems);
  if (exportDir.value !== undefined) problems.push(`${exportDir.name} applies to the hmis-csv adapter only; ${s.adapter.name} is ${kind}`);
  const url = checkUrl(kind, s.url, problems);
  const mappingPath = s.mapping.value;
  if (kind === 'mariadb') {
    if (s.schema.value !== undefined) problems.push(`${s.schema.name} applies to postgres only; for mariadb name the database in ${s.url.name}`);
    return { kind, url, mappingPath };
  }
  const schema = s.schema.value;
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    problems.push(`${s.schema.name}=${JSON.stringify(schema)} is not a plain schema name (letters, digits, _)`);
  }
  return { kind, url, schema, mappingPath };
}

function parseHmisCsv(s: DomainSettings, exportDir: { name: string; value?: string }, problems: string[]): HmisCsvConfig {
  for (const extra of [s.url, s.schema, s.mapping]) {
    if (extra.value !== undefined) problems.push(`${extra.name} applies to database adapters only; the hmis-csv adapter reads ${exportDir.name}`);
  }
  if (exportDir.value === undefined) {
    problems.push(`${exportDir.name} is required for the hmis-csv adapter: the directory holding one HMIS CSV export (Export.csv, Client.csv, ...)`);
  }
  return { kind: 'hmis-csv', exportDir: exportDir.value ?? '' };
}

function parseFhir(s: DomainSettings, exportDir: Named, fhir: { url: Named; system: Named }, problems: string[]): FhirConfig {
  for (const extra of [s.url, s.schema, s.mapping, exportDir]) {
    if (extra.value !== undefined) problems.push(`${extra.name} does not apply to the fhir adapter, which reads ${fhir.url.name}`);
  }
  const example = 'https://ehr.example.org/fhir';
  const url = fhir.url.value;
  if (url === undefined) {
    problems.push(`${fhir.url.name} is required for the fhir adapter: the FHIR R4 base URL, e.g. ${example}`);
  } else if (!/^https?:$/.test(protocolOf(url) ?? '')) {
    problems.push(`${fhir.url.name} must be an http:// or https:// URL (the FHIR base, e.g. ${example}), got ${JSON.stringify(redactUrl(url))}`);
  }
  const system = fhir.system.value;
  // FHIR Identifier.system is a uri (R4 datatypes): an absolute URL or a urn:oid/urn:uuid.
  if (system !== undefined && !/^(https?:\/\/\S+|urn:(oid|uuid):\S+)$/.test(system)) {
    problems.push(`${fhir.system.name}=${JSON.stringify(system)} is not an identifier system URI (https://… or urn:oid:…)`);
  }
  return { kind: 'fhir', url: url ?? '', ...(system === undefined ? {} : { identifierSystem: system }) };
}

function protocolOf(url: string): string | undefined {
  try {
    return new URL(url).protocol;
  } catch {
    return undefined;
  }
}

function checkUrl(kind: 'postgres' | 'mariadb', setting: { name: string; value?: string }, problems: string[]): string {
  const shape = URL_SHAPES[kind];
  const value = setting.value;
  if (value === undefined) {
    problems.push(`${setting.name} is required for the ${kind} adapter, e.g. ${shape.example}`);
    return '';
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`${setting.name} is not a URL (${redactUrl(value)}); expected ${shape.example}`);
    return value;
  }
  if (!shape.protocols.includes(url.protocol)) {
    problems.push(`${setting.name} must start with ${shape.protocols.map((p) => `${p}//`).join(' or ')} for the ${kind} adapter, got ${redactUrl(value)}`);
  } else if (kind === 'mariadb' && databaseOf(value) === undefined) {
    problems.push(`${setting.name} must name a database: ${shape.example}`);
  }
  return value;
}
