/**
 * Start the test FHIR R4 server seeded with the demo population, to try the FHIR adapter:
 *
 *   tsx adapters/behavioral-health/fhir/test-server/cli.ts --postgres postgres://postgres@127.0.0.1:5432/test --port 4103
 *
 * Migrates its store in --schema (default bh_fhir), replaces the resources with the generator's
 * behavioral health records (same --seed/--size/--reference-date defaults as `npm start`, so the
 * identity links agree), serves until SIGINT/SIGTERM, and prints one JSON line when ready (its
 * base URL). `--existing` serves what the schema already holds. Then start the hub with
 * BEHAVIORAL_HEALTH_ADAPTER=fhir BEHAVIORAL_HEALTH_FHIR_URL=<baseUrl>.
 */
import { Command, InvalidArgumentError } from 'commander';
import { checkIdentifier } from '../../../sql/identifier.js';
import { redactUrl } from '../../../sql/probe.js';
import { DEFAULT_GENERATOR_OPTIONS, generatePopulation } from '../../../synthetic/generate.js';
import { startSeededFhirServer } from './seeded-server.js';

interface Flags {
  postgres: string;
  schema: string;
  port: number;
  host: string;
  seed: number;
  size: number;
  referenceDate: string;
  existing?: boolean;
  verbose?: boolean;
}

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new InvalidArgumentError('expected a non-negative integer');
  return n;
}

function schemaName(value: string): string {
  try {
    return checkIdentifier(value);
  } catch {
    throw new InvalidArgumentError('expected a plain schema name (letters, digits, _)');
  }
}

const program = new Command()
  .name('fhir-test-server')
  .description('Serve behavioral health records over FHIR R4 (Patient, EpisodeOfCare, Condition, CarePlan) from PostgreSQL.')
  .requiredOption('--postgres <url>', 'postgres://user:password@host:5432/database')
  .option('--schema <name>', 'schema holding the FHIR store', schemaName, 'bh_fhir')
  .option('--port <n>', 'port to listen on (0: any free port)', integer, 4103)
  .option('--host <host>', 'address to listen on', '127.0.0.1')
  .option('--size <n>', 'number of people generated', integer, DEFAULT_GENERATOR_OPTIONS.size)
  .option('--seed <n>', 'seed of the pseudo-random generator', integer, DEFAULT_GENERATOR_OPTIONS.seed)
  .option('--reference-date <yyyy-mm-dd>', '"today" for the generated data', DEFAULT_GENERATOR_OPTIONS.referenceDate)
  .option('--existing', 'serve what the schema holds instead of replacing it with the generated population')
  .option('--verbose', "log the framework's error responses")
  .action(async (flags: Flags) => {
    const data = !flags.existing ? generatePopulation({ size: flags.size, seed: flags.seed, referenceDate: flags.referenceDate }).behavioralHealth : undefined;
    const server = await startSeededFhirServer({
      connectionString: flags.postgres,
      schema: flags.schema,
      data,
      port: flags.port,
      host: flags.host,
      verbose: flags.verbose,
    });
    process.stdout.write(`${JSON.stringify({ baseUrl: server.baseUrl, postgres: redactUrl(flags.postgres), schema: flags.schema, seeded: server.counts })}\n`);
    process.stderr.write(`FHIR R4 server ready. Point the hub at it:\n  BEHAVIORAL_HEALTH_ADAPTER=fhir BEHAVIORAL_HEALTH_FHIR_URL=${server.baseUrl} npm start\n`);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => void server.close().finally(() => process.exit(0)));
    }
  });

await program.parseAsync();
