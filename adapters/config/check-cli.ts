/**
 * `npm run adapter:check`: check a configured adapter before pointing a subgraph at it.
 *
 *   npm run adapter:check -- --domain schools --env                      # the SCHOOLS_* variables
 *   npm run adapter:check -- --domain schools --adapter mariadb \
 *     --url mysql://root@127.0.0.1:3306/sis --mapping district.yaml --seeded-with 7/200
 *   npm run adapter:check -- --domain behavioral-health --adapter fhir --fhir-url http://127.0.0.1:4103/4_0_1
 *   npm run adapter:check -- --domain dv-shelter --adapter hmis-csv --export-dir exports/2026-11-01
 *
 * Preflight (configuration, then per backend: mapping, connection and mapped columns; the FHIR
 * CapabilityStatement; the HMIS export validated), then the whole conformance kit against the
 * adapter the configuration selects. One line per step and check, a summary, exit code 0 when
 * everything passed, 1 otherwise. See ../CONNECT-YOUR-SYSTEM.md.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { AdapterConfigError, DOMAIN_ADAPTERS, type DomainSettings, envSettings } from './adapter-config.js';
import { CHECKED_DOMAINS, type CheckedDomain, HUB_DOMAIN, runAdapterCheck } from './adapter-check.js';
import { parseSeededWith } from './check-expectations.js';
import { consoleReport } from './check-report.js';
import { resilienceFromEnv } from './resilience-config.js';

interface Flags {
  domain: CheckedDomain;
  adapter?: string;
  url?: string;
  schema?: string;
  mapping?: string;
  fhirUrl?: string;
  fhirIdentifierSystem?: string;
  exportDir?: string;
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
  .description('Check a configured adapter: configuration, preflight of its backend, then the whole conformance kit.')
  .addOption(new Option('--domain <domain>', 'the domain to check').choices(CHECKED_DOMAINS).makeOptionMandatory())
  .option('--env', "read the adapter's settings and resilience from the subgraph's environment variables")
  .option('--adapter <kind>', 'postgres (child-welfare), mariadb (schools), fhir (behavioral-health), hmis-csv (dv-shelter)')
  .option('--url <url>', 'database adapters: postgres://… or mysql://…/<database>')
  .option('--schema <name>', 'postgres: the schema to read')
  .option('--mapping <file>', 'database adapters: YAML mapping file (default: the built-in mapping)')
  .option('--fhir-url <url>', 'fhir: the FHIR R4 base URL')
  .option('--fhir-identifier-system <uri>', 'fhir: the Patient.identifier system of the local id (the MRN)')
  .option('--export-dir <dir>', 'hmis-csv: the directory of one HMIS CSV export')
  .option('--seeded-with <seed/size[/date]>', 'the store holds the synthetic population of this seed and size: check record content too', parseSeededWith)
  .option('--sample <n>', 'own data: how many ids of each table to ask with', positive, 20)
  .option('--case-insensitive-ids', 'the store folds the case of ids (a _ci collation): do not ask case-flipped ids as unknown')
  .action(async (flags: Flags) => {
    const hubDomain = HUB_DOMAIN[flags.domain];
    const problems: string[] = [];
    const settings: DomainSettings = flags.env
      ? envSettings(hubDomain, process.env)
      : {
          adapter: { name: '--adapter', value: flags.adapter },
          url: { name: '--url', value: flags.url },
          schema: { name: '--schema', value: flags.schema },
          mapping: { name: '--mapping', value: flags.mapping },
          fhirUrl: { name: '--fhir-url', value: flags.fhirUrl },
          fhirIdentifierSystem: { name: '--fhir-identifier-system', value: flags.fhirIdentifierSystem },
          exportDir: { name: '--export-dir', value: flags.exportDir },
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
