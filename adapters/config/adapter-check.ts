/**
 * What `adapter:check` runs against one configured domain: configuration, mapping, connection and
 * health, tables and columns, then a sample batch. Each step is a report line; a failed step that
 * later steps depend on ends the report there.
 */
import { AdapterConfigError, type DomainSettings, type HubDomain, parseDomainConfig, type SqlConfig } from './adapter-config.js';
import { loadMapping } from './load-mapping.js';
import { MappingFileError } from './mapping-issues.js';
import type { MappingDomain } from './mapping-domains.js';
import {
  caseworkerMethods,
  childWelfareMethods,
  firstIds,
  runSample,
  type SampleLine,
  schoolsMethods,
} from './sample-batch.js';
import { checkMappedSchema } from './schema-check.js';
import { childWelfareOver, connectSql, schoolsOver } from './sql-adapters.js';

export interface CheckOptions {
  domain: MappingDomain;
  settings: DomainSettings;
  /** How many ids the sample batch takes. */
  sample: number;
}

const HUB_DOMAIN: Record<MappingDomain, HubDomain> = { 'child-welfare': 'childWelfare', schools: 'schools' };

export async function runAdapterCheck(options: CheckOptions): Promise<SampleLine[]> {
  const lines: SampleLine[] = [];
  const say = (ok: boolean, text: string) => lines.push({ ok, text });

  const problems: string[] = [];
  const config = parseDomainConfig(HUB_DOMAIN[options.domain], options.settings, problems);
  if (problems.length > 0 || config.kind === 'embedded' || config.kind === 'hmis-csv' || config.kind === 'fhir') {
    for (const problem of problems) say(false, `configuration: ${problem}`);
    if (config.kind === 'embedded' && problems.length === 0) say(false, 'configuration: the embedded adapter needs no check; name a database adapter');
    return lines;
  }
  say(true, `configuration: ${options.domain} on ${config.kind}`);

  let parsed;
  try {
    parsed = await loadMapping(options.domain, config.mappingPath, options.settings.mapping.name);
    say(true, `mapping: ${parsed.source.file} is valid`);
  } catch (error) {
    if (!(error instanceof MappingFileError || error instanceof AdapterConfigError)) throw error;
    say(false, `mapping: ${error.message}`);
    return lines;
  }

  const connection = connectSql(config as SqlConfig, 2);
  const adapter =
    options.domain === 'child-welfare'
      ? childWelfareOver(connection, parsed.mapping as never)
      : schoolsOver(connection, parsed.mapping as never);
  try {
    const health = await adapter.health();
    say(health.status === 'up', `health: ${health.status} — ${health.detail ?? ''}`);
    if (health.status === 'down') return lines;

    const missing = await checkMappedSchema(connection.db, connection.flavor, parsed.mapping, parsed.source);
    say(missing.length === 0, missing.length === 0 ? 'schema: every mapped table and column exists' : 'schema: missing tables or columns:');
    for (const problem of missing) say(false, `    ${problem}`);
    if (missing.length > 0) return lines;

    lines.push(...(await sample(options, connection.db, adapter, parsed.mapping)));
  } finally {
    await adapter.close?.();
  }
  return lines;
}

async function sample(options: CheckOptions, db: Parameters<typeof firstIds>[0], adapter: object, mapping: object): Promise<SampleLine[]> {
  const m = mapping as Record<string, Parameters<typeof firstIds>[1]>;
  if (options.domain === 'schools') {
    const ids = await firstIds(db, m.student, 'localId', options.sample);
    return [{ ok: true, text: `sample: the first ${ids.length} students` }, ...(await runSample(schoolsMethods(adapter as never), ids))];
  }
  const cw = adapter as Parameters<typeof childWelfareMethods>[0];
  const children = await firstIds(db, m.child, 'localId', options.sample);
  const workers = (await cw.listCaseworkers({ first: options.sample })).map((w) => w.caseworkerId);
  return [
    { ok: true, text: `sample: the first ${children.length} children` },
    ...(await runSample(childWelfareMethods(cw), children)),
    { ok: true, text: `sample: the first ${workers.length} caseworkers (listCaseworkers)` },
    ...(await runSample(caseworkerMethods(cw), workers)),
  ];
}
