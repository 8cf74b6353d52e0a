/**
 * `npm run bench`: the benchmarks, each measured side by side within one run (shared, noisy
 * machines make absolute numbers between runs hard to compare; ratios within a run are what to read).
 * - linkage (`linkage.ts`): the record-linkage engine on ≈170k intake records (100k people):
 *   time, peak memory, precision, recall, F1, band sizes;
 * - caseload (`caseload.ts`): caseload latency for 1/10/60/200 children through the gateway.
 * Linkage runs first so the peak RSS it prints is its own.
 *
 *   npm run bench -- --suite linkage --people 100000 --mode both
 */
import { Command } from 'commander';
import { runCaseloadBench } from './caseload.js';
import { runLinkageBench } from './linkage.js';

const int = (v: string) => Number.parseInt(v, 10);
const program = new Command()
  .option('--suite <name>', 'linkage | caseload | all', 'all')
  .option('--size <n>', 'people in the caseload benchmark\'s population', int, 100_000)
  .option('--iterations <n>', 'timed queries per caseload size', int, 40)
  .option('--people <n>', 'people in the linkage benchmark (≈1.7 records each)', int, 100_000)
  .option('--seed <n>', 'seed of the linkage benchmark\'s data', int, 1)
  .option('--mode <mode>', 'linkage mode: plaintext | pprl | both', 'plaintext')
  .parse();
const options = program.opts<{ suite: string; size: number; iterations: number; people: number; seed: number; mode: string }>();

if (!['linkage', 'caseload', 'all'].includes(options.suite)) program.error(`--suite must be linkage, caseload or all, got ${options.suite}`);
if (!['plaintext', 'pprl', 'both'].includes(options.mode)) program.error(`--mode must be plaintext, pprl or both, got ${options.mode}`);
if (!(options.people > 1)) program.error(`--people must be a whole number above 1, got ${options.people}`);

if (options.suite !== 'caseload') {
  const modes = options.mode === 'both' ? (['plaintext', 'pprl'] as const) : ([options.mode] as Array<'plaintext' | 'pprl'>);
  await runLinkageBench({ people: options.people, seed: options.seed, modes: [...modes] });
}
if (options.suite !== 'linkage') await runCaseloadBench({ size: options.size, iterations: options.iterations });
