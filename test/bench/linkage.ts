/**
 * The linkage benchmark (issue 5): the engine on the intake evaluation data
 * (`adapters/synthetic/linkage-intake/`, ≈1.7 records per person) at the issue's scale, by
 * default 100,000 people ≈ 170,000 records. Prints records, seconds per stage, peak memory (the
 * process's max RSS and the heap after the run), pairwise precision, recall and F1, and the band
 * sizes; progress bars on stderr while it runs. Target: under 60 s on a 2-core machine.
 */
import { randomBytes } from 'node:crypto';
import cliProgress from 'cli-progress';
import { generateIntakeRecords } from '../../adapters/synthetic/linkage-intake/intake.js';
import { type EngineOptions, linkPlaintext } from '../../subgraphs/identity/linkage/engine.js';
import { linkPrivacyPreserving } from '../../subgraphs/identity/linkage/pprl/engine.js';
import { evaluate, truthFromLinks } from '../../subgraphs/identity/linkage/evaluate.js';

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

export interface LinkageBenchOptions {
  people: number;
  seed: number;
  modes: Array<'plaintext' | 'pprl'>;
}

export async function runLinkageBench(options: LinkageBenchOptions): Promise<void> {
  let t = performance.now();
  const data = generateIntakeRecords({ size: options.people, seed: options.seed });
  const truth = truthFromLinks(data.links);
  console.log(`linkage: ${options.people} people, ${data.records.length} records (seed ${options.seed}) generated in ${Math.round(performance.now() - t)} ms`);
  const bars = new cliProgress.MultiBar(
    { format: '{stage} [{bar}] {percentage}% | {value}/{total}', clearOnComplete: true, hideCursor: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  const rows = [];
  for (const mode of options.modes) {
    const stageBars = new Map<string, cliProgress.SingleBar>();
    const engine: Partial<EngineOptions> = {
      onProgress: (stage, done, total) => {
        let bar = stageBars.get(stage);
        if (!bar) stageBars.set(stage, (bar = bars.create(total, 0, { stage: `${mode} ${stage}`.padEnd(18) })));
        bar.update(done);
      },
    };
    t = performance.now();
    const cpu0 = process.cpuUsage();
    // Synthetic data only: a fresh random secret per run stands in for the data holders' secret.
    const result = mode === 'pprl'
      ? linkPrivacyPreserving(data.records, { ...engine, secret: randomBytes(32).toString('base64url') })
      : linkPlaintext(data.records, engine);
    const seconds = (performance.now() - t) / 1000;
    const cpu = process.cpuUsage(cpu0);
    for (const b of stageBars.values()) b.stop();
    const ev = evaluate(result, truth);
    rows.push({
      mode,
      records: result.recordCount,
      seconds: seconds.toFixed(1),
      // CPU time too: on a shared, loaded machine wall time overstates the engine's own cost.
      'CPU seconds': ((cpu.user + cpu.system) / 1e6).toFixed(1),
      precision: ev.precision.toFixed(4),
      recall: ev.recall.toFixed(4),
      F1: ev.f1.toFixed(4),
      MATCH: result.bandCounts.MATCH,
      REVIEW: result.bandCounts.REVIEW,
      NON_MATCH: result.bandCounts.NON_MATCH,
      'heap after': mib(process.memoryUsage().heapUsed),
    });
    console.log(`${mode} stages (ms): ${Object.entries(result.timings).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
  }
  bars.stop();
  console.table(rows);
  console.log(`linkage peak rss ${mib(process.resourceUsage().maxRSS * 1024)}`);
}
