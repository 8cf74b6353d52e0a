/**
 * `adapter:check`'s preflight for a database adapter (postgres child welfare, mariadb schools):
 * the mapping file, the connection and `health()` (`select 1`), every mapped table and column in
 * information_schema, then where the expected answers come from. Null when a step failed.
 */
import { type Expectations, observedExpectations } from '../conformance/index.js';
import { redactUrl } from '../sql/probe.js';
import { AdapterConfigError, type SqlConfig } from './adapter-config.js';
import type { CheckOptions, CheckSink } from './adapter-check.js';
import { knownExpectations, sampleKeys } from './check-expectations.js';
import { loadMapping } from './load-mapping.js';
import { MappingFileError } from './mapping-issues.js';
import { checkMappedSchema } from './schema-check.js';
import { childWelfareOver, connectSql, schoolsOver } from './sql-adapters.js';

/** How to start each server: on a host with systemd, or the stand-in in this repo's docker-compose.yml. */
const SERVERS: Record<SqlConfig['kind'], { name: string; start: string }> = {
  postgres: { name: 'PostgreSQL', start: '`sudo systemctl start postgresql`, or `docker compose up -d postgres` for the stand-in' },
  mariadb: { name: 'MariaDB', start: '`sudo systemctl start mariadb`, or `docker compose up -d mariadb` for the stand-in' },
};

/** Driver errors that mean nothing answered at that address (as opposed to a refused login). */
const UNREACHABLE = /ECONNREFUSED|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|ECONNRESET|no answer within/;

export async function preflightSql(config: SqlConfig, options: CheckOptions, sink: CheckSink): Promise<Expectations | null> {
  const domain = options.domain;
  if (domain !== 'child-welfare' && domain !== 'schools') throw new Error(`${domain} has no database adapter`);
  sink.step(true, `configuration: ${domain} on ${config.kind} at ${redactUrl(config.url)}`);

  let parsed;
  try {
    parsed = await loadMapping(domain, config.mappingPath, options.settings.mapping.name);
    sink.step(true, `mapping: ${parsed.source.file} is valid`);
  } catch (error) {
    if (!(error instanceof MappingFileError || error instanceof AdapterConfigError)) throw error;
    sink.step(false, `mapping: ${error.message}`);
    return null;
  }

  const connection = connectSql(config, 2);
  const probe = domain === 'child-welfare' ? childWelfareOver(connection, parsed.mapping as never) : schoolsOver(connection, parsed.mapping as never);
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
      return null;
    }
    const missing = await checkMappedSchema(connection.db, connection.flavor, parsed.mapping, parsed.source);
    sink.step(missing.length === 0, missing.length === 0 ? 'schema: every mapped table and column exists' : 'schema: missing tables or columns:');
    for (const problem of missing) sink.step(false, `    ${problem}`);
    if (missing.length > 0) return null;

    if (options.seededWith) return knownExpectations(domain, options.seededWith, sink);
    const samples = await sampleKeys(domain, connection, parsed.mapping, options.sample);
    const observed = await observedExpectations(domain, probe, samples);
    for (const problem of observed.problems) sink.step(false, `expectations: ${problem}`);
    sink.step(
      observed.problems.length === 0,
      `expectations: your own data — the first ${options.sample} ids of each table, each asked alone; batches must agree (pass --seeded-with to check record content too)`,
    );
    return observed.expectations;
  } finally {
    await probe.close?.();
  }
}
