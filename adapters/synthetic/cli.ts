/**
 * `npm run generate -- --size 5000 --seed 7 --out population.json`: writes a synthetic
 * population as JSON and prints counts per agency and the cross-agency overlaps; without
 * --out it prints the summary only.
 */
import { writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { DEFAULT_GENERATOR_OPTIONS, generatePopulation } from './generate.js';
import { summarize } from './summary.js';
import { findShowcase } from './showcase.js';

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('expected an integer');
  return n;
}

const program = new Command()
  .name('generate')
  .description('Generate a deterministic synthetic population for the Common Client Hub.')
  .option('--size <n>', 'number of people', integer, DEFAULT_GENERATOR_OPTIONS.size)
  .option('--seed <n>', 'seed of the pseudo-random generator', integer, DEFAULT_GENERATOR_OPTIONS.seed)
  .option('--reference-date <yyyy-mm-dd>', '"today" for the generated data', DEFAULT_GENERATOR_OPTIONS.referenceDate)
  .option('--out <file>', 'write the population as JSON to this file')
  .action((opts: { size: number; seed: number; referenceDate: string; out?: string }) => {
    const started = performance.now();
    const population = generatePopulation({ size: opts.size, seed: opts.seed, referenceDate: opts.referenceDate });
    const ms = Math.round(performance.now() - started);
    if (opts.out) writeFileSync(opts.out, JSON.stringify(population));
    let showcase: unknown = null;
    try {
      showcase = findShowcase(population);
    } catch {
      showcase = null;
    }
    const report = { options: population.options, generatedInMs: ms, showcase, ...summarize(population), out: opts.out ?? null };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  });

program.parse();
