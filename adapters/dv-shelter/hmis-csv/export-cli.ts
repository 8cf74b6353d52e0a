/**
 * `npx tsx adapters/dv-shelter/hmis-csv/export-cli.ts --out dir [--size n --seed n --fy 2026]`:
 * writes the DV shelter slice of a generated synthetic population as an HMIS CSV export directory
 * (Export, Client, Enrollment, Exit, Project and the local SafetyPlan.csv), taken on the
 * generator's reference date, then reads it back through the validator and prints a summary.
 * Synthetic data only: never point this at, or mix it with, a real program's export.
 */
import { Command, InvalidArgumentError } from 'commander';
import { DEFAULT_GENERATOR_OPTIONS, generatePopulation } from '../../synthetic/generate.js';
import type { CsvVersion } from './columns.js';
import { readHmisExport } from './read-export.js';
import { writeHmisExport } from './write-export.js';

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('expected an integer');
  return n;
}

function fiscalYear(value: string): CsvVersion {
  if (value !== '2024' && value !== '2026') throw new InvalidArgumentError('expected 2024 or 2026');
  return value;
}

interface Options { out: string; size: number; seed: number; referenceDate: string; fy: CsvVersion; exportId: string }

const program = new Command()
  .name('hmis-csv-export')
  .description('Write a synthetic DV shelter population as an HMIS CSV export directory.')
  .requiredOption('--out <dir>', 'directory to write the CSV files into (created if missing)')
  .option('--size <n>', 'number of people in the generated population', integer, DEFAULT_GENERATOR_OPTIONS.size)
  .option('--seed <n>', 'seed of the pseudo-random generator', integer, DEFAULT_GENERATOR_OPTIONS.seed)
  .option('--reference-date <yyyy-mm-dd>', '"today" for the generated data and the ExportDate', DEFAULT_GENERATOR_OPTIONS.referenceDate)
  .option('--fy <year>', 'HMIS CSV specification: 2024 or 2026', fiscalYear, '2024' as CsvVersion)
  .option('--export-id <id>', 'ExportID written in every file', 'HUB-SYNTHETIC-1')
  .action(async (opts: Options) => {
    const population = generatePopulation({ size: opts.size, seed: opts.seed, referenceDate: opts.referenceDate });
    const files = await writeHmisExport(population.dvShelter, opts.out, {
      version: opts.fy, exportId: opts.exportId, exportDate: `${opts.referenceDate} 00:00:00`,
    });
    const loaded = await readHmisExport(opts.out);
    const summary = {
      out: opts.out, files, csvVersion: loaded.csvVersion, exportId: loaded.exportId, asOf: loaded.asOf,
      clients: loaded.dataset.clients.length, enrollments: loaded.dataset.enrollments.length,
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  });

await program.parseAsync();
