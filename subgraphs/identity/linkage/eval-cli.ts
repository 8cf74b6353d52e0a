/**
 * `npm run linkage:eval` — runs the engine on generated data with known truth and prints pairwise
 * precision, recall, F1, the size of each band, timings and peak RSS, for plaintext and/or
 * privacy-preserving mode. DV records take part only under a (simulated) release: `--dv-release
 * all` (default) releases every DV client of the synthetic population, `none` releases none.
 *
 *   tsx subgraphs/identity/linkage/eval-cli.ts --size 5000 --seed 20261101 --mode both
 */
import { randomBytes } from 'node:crypto';
import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { generatePopulation } from '../../../adapters/synthetic/generate.js';
import { createSyntheticDemographicsSources } from '../../../adapters/synthetic/demographics.js';
import { readAllDemographics, type DemographicRecord } from '../../../adapters/port/demographics.js';
import { AGENCY_SYSTEMS } from '../../../adapters/port/agency-systems.js';
import { generateIntakeRecords } from '../../../adapters/synthetic/linkage-intake/intake.js';
import { type EngineOptions, linkPlaintext } from './engine.js';
import { linkPrivacyPreserving } from './pprl/engine.js';
import { evaluate, truthFromLinks, type Evaluation } from './evaluate.js';
import type { LinkageResult } from './types.js';

// The data holders' shared secret: LINKAGE_SHARED_SECRET when set, else a fresh random one per run
// (an evaluation links synthetic data only, and no secret is ever written down in the repo).
const linkageSecret = process.env.LINKAGE_SHARED_SECRET ?? randomBytes(32).toString('base64url');

const program = new Command()
  .name('linkage:eval')
  .option('--people <n>', 'people to generate', '5000')
  .option('--size <n>', 'the same as --people (older name)')
  .option('--seed <n>', 'generator seed', '20261101')
  .option('--seeds <list>', 'several seeds, e.g. 1-5 or 1,4,9: one row per seed and mode, then the means (single seeds move by ±0.05 point)')
  .option('--data <which>', 'intake: every person a client, ≈1.7 records each (linkage-intake/); agencies: the demo population\'s agency records', 'intake')
  .option('--mode <mode>', 'plaintext | pprl | both', 'both')
  .option('--dv-release <which>', 'all | none: DV clients with a simulated release', 'all')
  .option('--max-block <n>', 'blocks larger than this are skipped in that pass')
  .option('--independent-nicknames', 'use only the independent nickname table (not the generator\'s)')
  .parse();
const opts = program.opts<{ people: string; size?: string; seed: string; seeds?: string; data: string; mode: string; dvRelease: string; independentNicknames?: boolean; maxBlock?: string }>();
if (!['intake', 'agencies'].includes(opts.data)) program.error(`--data must be intake or agencies, got ${opts.data}`);
if (!['plaintext', 'pprl', 'both'].includes(opts.mode)) program.error(`--mode must be plaintext, pprl or both, got ${opts.mode}`);
const seeds = opts.seeds ? parseSeeds(opts.seeds) : [Number(opts.seed)];
if (seeds.length === 0 || seeds.some((n) => !Number.isInteger(n))) program.error(`--seeds must be whole numbers like 1-5 or 1,4,9, got ${opts.seeds}`);
if (!Number.isInteger(Number(opts.size ?? opts.people)) || Number(opts.size ?? opts.people) < 2) {
  program.error(`--people must be a whole number above 1, got ${opts.size ?? opts.people}`);
}

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const bars = new cliProgress.MultiBar(
  { format: '{stage} [{bar}] {percentage}% | {value}/{total}', clearOnComplete: true, hideCursor: true },
  cliProgress.Presets.shades_classic,
);

type Row = { mode: string; ev: Evaluation; result: LinkageResult; cpuSeconds: number };

async function main(): Promise<void> {
  const size = Number(opts.size ?? opts.people);
  if (seeds.length === 1) return report(size, seeds[0]);
  const perSeed: Array<{ seed: number; rows: Row[] }> = [];
  for (const seed of seeds) perSeed.push({ seed, rows: (await linkSeed(size, seed)).rows });
  bars.stop();
  clearInterval(sampler);
  console.log(`\nPopulation: ${size} people per seed (data: ${opts.data}; DV release: ${opts.dvRelease})\n`);
  console.table(perSeed.flatMap(({ seed, rows }) => rows.map(({ mode, ev }) => ({
    seed, mode, precision: ev.precision.toFixed(4), recall: ev.recall.toFixed(4), F1: ev.f1.toFixed(4),
  }))));
  const modes = perSeed[0].rows.map((r) => r.mode);
  console.table(modes.map((mode) => {
    const of = (pick: (ev: Evaluation) => number) => perSeed.map(({ rows }) => pick(rows.find((r) => r.mode === mode)!.ev));
    const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(4);
    const f1 = of((ev) => ev.f1);
    return { mode, seeds: seeds.length, 'mean precision': mean(of((ev) => ev.precision)), 'mean recall': mean(of((ev) => ev.recall)),
      'mean F1': mean(f1), 'lowest F1': Math.min(...f1).toFixed(4), 'highest F1': Math.max(...f1).toFixed(4) };
  }));
}

async function report(size: number, seed: number): Promise<void> {
  const { rows, records, genMs, readMs } = await linkSeed(size, seed);
  bars.stop();
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);

  console.log(`\nPopulation: ${size} people (seed ${seed}), ${records.length} records linked ` +
    `(data: ${opts.data}; DV release: ${opts.dvRelease}; nicknames: ${opts.independentNicknames ? 'independent only' : 'independent + generator'}); ` +
    `generated in ${(genMs / 1000).toFixed(1)} s, read in ${(readMs / 1000).toFixed(1)} s\n`);
  printDetails(rows);
}

async function linkSeed(size: number, seed: number) {
  const { records, truth, genMs, readMs } = opts.data === 'intake' ? intakeData(size, seed) : await agencyData(size, seed);
  const rows: Row[] = [];
  const modes = opts.mode === 'both' ? ['plaintext', 'pprl'] : [opts.mode];
  for (const mode of modes) {
    const stageBars = new Map<string, cliProgress.SingleBar>();
    const options: Partial<EngineOptions> = {
      withGeneratorNicknames: !opts.independentNicknames,
      ...(opts.maxBlock ? { maxBlockSize: Number(opts.maxBlock) } : {}),
      onProgress: (stage, done, total) => {
        let bar = stageBars.get(stage);
        if (!bar) stageBars.set(stage, (bar = bars.create(total, 0, { stage: `${mode} ${stage}`.padEnd(8) })));
        bar.update(done);
      },
    };
    const cpu0 = process.cpuUsage();
    const result = mode === 'pprl' ? linkPrivacyPreserving(records, { ...options, secret: linkageSecret }) : linkPlaintext(records, options);
    for (const b of stageBars.values()) b.stop();
    const cpu = process.cpuUsage(cpu0);
    rows.push({ mode, ev: evaluate(result, truth), result, cpuSeconds: (cpu.user + cpu.system) / 1e6 });
  }
  return { rows, records, genMs, readMs };
}

function printDetails(rows: Row[]): void {
  console.table(rows.map(({ mode, ev, result, cpuSeconds }) => ({
    mode,
    precision: ev.precision.toFixed(4),
    recall: ev.recall.toFixed(4),
    F1: ev.f1.toFixed(4),
    'true pairs': ev.truePairs,
    'predicted pairs': ev.predictedPairs,
    clusters: result.clusters.length,
    'seconds': (result.timings.total / 1000).toFixed(2),
    // CPU time of this process: on a shared, loaded machine wall time overstates the engine's cost.
    'CPU seconds': cpuSeconds.toFixed(2),
  })));
  console.table(rows.flatMap(({ mode, ev }) => (['MATCH', 'REVIEW', 'NON_MATCH'] as const).map((band) => ({
    mode, band, 'candidate pairs': ev.bands[band].pairs, 'of which true matches': ev.bands[band].truePairs,
  }))));
  for (const { mode, result } of rows) {
    console.log(`${mode} timings (ms): ${Object.entries(result.timings).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}; ` +
      `λ (random pair) ${result.parameters.lambda.toExponential(2)}, EM iterations ${result.parameters.emIterations}`);
  }
  for (const { mode, result } of rows) {
    console.log(`${mode} blocking: ${result.blocking.map((b) => `${b.pass} ${b.pairs} pairs (${b.skippedBlocks} blocks skipped)`).join('; ')}`);
  }
  console.log(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
}

/** "1-5" → [1..5]; "1,4,9" → [1, 4, 9]. */
function parseSeeds(list: string): number[] {
  const range = /^(\d+)-(\d+)$/.exec(list.trim());
  if (range) return Array.from({ length: Math.max(0, Number(range[2]) - Number(range[1]) + 1) }, (_, k) => Number(range[1]) + k);
  return list.split(',').map((x) => (x.trim() === '' ? NaN : Number(x)));
}

function intakeData(size: number, seed: number) {
  const t = performance.now();
  const data = generateIntakeRecords({ size, seed });
  // A DV record takes part only under a release (VAWA): `--dv-release none` withholds them all.
  const records = opts.dvRelease === 'all' ? data.records : data.records.filter((r) => r.system !== AGENCY_SYSTEMS.dvShelter);
  return { records, truth: truthFromLinks(data.links), genMs: performance.now() - t, readMs: 0 };
}

async function agencyData(size: number, seed: number) {
  let t = performance.now();
  const population = generatePopulation({ size, seed });
  const genMs = performance.now() - t;
  const released = opts.dvRelease === 'all' ? new Set(population.dvShelter.clients.map((c) => c.localId)) : new Set<string>();
  const sources = createSyntheticDemographicsSources(population, { releasedDvLocalIds: released });
  t = performance.now();
  const records: DemographicRecord[] = [];
  const readBar = bars.create(population.identity.links.length, 0, { stage: 'read    ' });
  for (const s of sources) records.push(...(await readAllDemographics(s, 1000, (k) => readBar.increment(k))));
  readBar.stop();
  return { records, truth: truthFromLinks(population.identity.links), genMs, readMs: performance.now() - t };
}

main().catch((e) => {
  bars.stop();
  console.error(e);
  process.exit(1);
});
