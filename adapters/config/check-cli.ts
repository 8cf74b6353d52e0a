/**
 * `npm run adapter:check`: check a configured adapter before pointing a subgraph at it.
 *
 *   npm run adapter:check -- --domain schools --env                      # the SCHOOLS_* variables
 *   npm run adapter:check -- --domain schools --adapter mariadb \
 *     --url mysql://root@127.0.0.1:3306/sis --mapping district.yaml --seeded-with 7/200
 *
 * Preflight (configuration, mapping file, connection, mapped tables and columns), then the whole
 * conformance kit against the adapter the configuration selects. One line per step and check,
 * a summary, exit code 0 when everything passed, 1 otherwise. See ../CONNECT-YOUR-SYSTEM.md.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { AdapterConfigError, DOMAIN_ADAPTERS, type DomainSettings, envSettings } from './adapter-config.js';
import { runAdapterCheck } from './adapter-check.js';
import { parseSeededWith } from './check-expectations.js';
import { consoleReport } from './check-report.js';
import { MAPPING_DOMAINS, type MappingDomain } from './mapping-domains.js';
import { resilienceFromEnv } from './resilience-config.js';

interface Flags {
  domain: MappingDomain;
  adapter?: string;
  url?: string;
  schema?: string;
  mapping?: string;
  env?: boolean;
  seededWith?: ReturnType<typeof parseSeededWith>;
  sample: number;
  caseInsensitiveIds?: boolean;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

const program = new Command()
  .name('adapter:check')
  .description('Check a configured adapter: configuration, mapping, connection, schema, then the whole conformance kit.')
  .addOption(new Option('--domain <domain>', 'the domain to check').choices(MAPPING_DOMAINS).makeOptionMandatory())
  .option('--env', "read adapter, url, schema, mapping and resilience from the subgraph's environment variables")
  .option('--adapter <kind>', 'postgres (child-welfare) or mariadb (schools)')
  .option('--url <url>', 'postgres://… or mysql://…/<database>')
  .option('--schema <name>', 'PostgreSQL schema to read')
  .option('--mapping <file>', 'YAML mapping file (default: the built-in mapping)')
  .option('--seeded-with <seed/size[/date]>', 'the database holds the synthetic population of this seed and size: check record content too', parseSeededWith)
  .option('--sample <n>', 'own data: how many ids of each table to ask with', positive, 20)
  .option('--case-insensitive-ids', 'the store folds the case of ids (a _ci collation): do not ask case-flipped ids as unknown')
  .action(async (flags: Flags) => {
    const hubDomain = flags.domain === 'child-welfare' ? 'childWelfare' : 'schools';
    const problems: string[] = [];
    const settings: DomainSettings = flags.env
      ? envSettings(hubDomain, process.env)
      : {
          adapter: { name: '--adapter', value: flags.adapter },
          url: { name: '--url', value: flags.url },
          schema: { name: '--schema', value: flags.schema },
          mapping: { name: '--mapping', value: flags.mapping },
        };
    const resilience = flags.env ? resilienceFromEnv(DOMAIN_ADAPTERS[hubDomain].prefix, process.env, problems) : undefined;
    if (problems.length > 0) throw new AdapterConfigError(problems);
    const report = consoleReport((line) => console.log(line));
    const ok = await runAdapterCheck(
      {
        domain: flags.domain,
        settings,
        resilience,
        seededWith: flags.seededWith,
        sample: flags.sample,
        caseSensitiveIds: !flags.caseInsensitiveIds,
      },
      report,
    );
    console.log(report.summary(ok));
    process.exitCode = ok ? 0 : 1;
  });

try {
  await program.parseAsync();
} catch (error) {
  if (!(error instanceof AdapterConfigError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exitCode = 1;
}
