/**
 * Seed a real database with a synthetic population, so the hub can be pointed at it:
 *
 *   tsx adapters/sql/seed-cli.ts child-welfare --postgres postgres://postgres@127.0.0.1:5432/test --schema ccwis
 *   tsx adapters/sql/seed-cli.ts schools --mariadb mysql://root@127.0.0.1:3306/sis
 *
 * Runs the backend's migrations (idempotent), then replaces the tables' rows with the
 * generator's dataset for that agency (same --seed/--size as the hub's HUB_SEED and
 * HUB_POPULATION_SIZE, so identity's links agree with the seeded records).
 *
 * With --mapping <file> the tables are the agency's own (created from its own DDL beforehand):
 * no migration runs, and rows are written through the mapping, local codes included, so
 * `npm run adapter:check -- --seeded-with <seed>/<size>` can then run the whole kit against them.
 */
import { Command, InvalidArgumentError } from 'commander';
import { migrateChildWelfare } from '../child-welfare/postgres/migrate.js';
import { seedChildWelfare } from '../child-welfare/postgres/seed.js';
import { migrateSchools } from '../schools/mariadb/migrate.js';
import { seedSchools } from '../schools/mariadb/seed.js';
import { DEFAULT_GENERATOR_OPTIONS, generatePopulation } from '../synthetic/generate.js';
import type { GeneratorOptions } from '../synthetic/population.js';
import { createMysqlKysely, databaseOf, ensureMysqlDatabase } from './mysql-connection.js';
import { createPostgresKysely } from './postgres-connection.js';
import { loadMapping } from '../config/load-mapping.js';
import { redactUrl } from './probe.js';
import type { SqlDb } from './sql-db.js';

interface GeneratorFlags {
  size: number;
  seed: number;
  referenceDate: string;
}

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new InvalidArgumentError('expected a non-negative integer');
  return n;
}

function withGeneratorOptions(command: Command): Command {
  return command
    .option('--size <n>', 'number of people', integer, DEFAULT_GENERATOR_OPTIONS.size)
    .option('--seed <n>', 'seed of the pseudo-random generator', integer, DEFAULT_GENERATOR_OPTIONS.seed)
    .option('--reference-date <yyyy-mm-dd>', '"today" for the generated data', DEFAULT_GENERATOR_OPTIONS.referenceDate);
}

async function run(target: string, flags: GeneratorFlags, db: SqlDb, work: (options: GeneratorOptions) => Promise<object>) {
  const started = performance.now();
  try {
    const counts = await work({ size: flags.size, seed: flags.seed, referenceDate: flags.referenceDate });
    const ms = Math.round(performance.now() - started);
    process.stdout.write(`${JSON.stringify({ target, ...flags, ...counts, seededInMs: ms }, null, 2)}\n`);
  } finally {
    await db.destroy();
  }
}

const program = new Command()
  .name('seed-cli')
  .description('Migrate a database and seed it with a synthetic population for one agency.');

withGeneratorOptions(
  program
    .command('child-welfare')
    .description('CCWIS-like child welfare schema on PostgreSQL')
    .requiredOption('--postgres <url>', 'postgres://user:password@host:5432/database')
    .option('--schema <name>', 'schema to create and seed', 'ccwis')
    .option('--mapping <file>', 'seed your own tables through this YAML mapping (no migrations run)'),
).action(async (flags: GeneratorFlags & { postgres: string; schema: string; mapping?: string }) => {
  const mapping = flags.mapping === undefined ? undefined : (await loadMapping('child-welfare', flags.mapping, '--mapping')).mapping;
  const db = createPostgresKysely({ connectionString: flags.postgres, schema: flags.schema });
  await run(`${redactUrl(flags.postgres)} schema ${flags.schema}`, pick(flags), db, async (options) => {
    const applied = mapping ? 0 : await migrateChildWelfare(db, flags.schema);
    const data = generatePopulation(options).childWelfare;
    await seedChildWelfare(db, data, mapping);
    return { migrationsApplied: applied, children: data.children.length, cases: data.cases.length, caseworkers: data.caseworkers.length };
  });
});

withGeneratorOptions(
  program
    .command('schools')
    .description('Ed-Fi-shaped SIS schema on MariaDB/MySQL')
    .requiredOption('--mariadb <url>', 'mysql://user:password@host:3306/database (created if missing)')
    .option('--mapping <file>', 'seed your own tables through this YAML mapping (no migrations run)'),
).action(async (flags: GeneratorFlags & { mariadb: string; mapping?: string }) => {
  const mapping = flags.mapping === undefined ? undefined : (await loadMapping('schools', flags.mapping, '--mapping')).mapping;
  const database = databaseOf(flags.mariadb);
  if (!database) throw new InvalidArgumentError('--mariadb must name a database: mysql://host:3306/<database>');
  await ensureMysqlDatabase(flags.mariadb, database);
  const db = createMysqlKysely({ uri: flags.mariadb });
  await run(redactUrl(flags.mariadb), pick(flags), db, async (options) => {
    const applied = mapping ? 0 : await migrateSchools(db);
    const data = generatePopulation(options).schools;
    await seedSchools(db, data, mapping);
    return {
      migrationsApplied: applied,
      students: data.students.length,
      enrollments: data.enrollments.length,
      attendanceEvents: data.attendanceEvents.length,
      specialEducation: data.specialEducation.length,
    };
  });
});

function pick({ size, seed, referenceDate }: GeneratorFlags): GeneratorFlags {
  return { size, seed, referenceDate };
}

await program.parseAsync();
