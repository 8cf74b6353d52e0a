/**
 * `npm run linkage:run` — links the configured agencies for real: reads each agency's demographics
 * (adapters/config: `<PREFIX>_ADAPTER`; DV clients only with a VAWA release naming the
 * collaborative), runs the linker, writes the match band as links and the review band into the
 * review queue, re-links records whose demographics changed, ends the links of records gone from
 * a source it read (a DV client: no longer released for linkage), and prints what changed. Every
 * change goes to the identity audit chain. Running it twice on unchanged data changes nothing.
 *
 *   npm run linkage:run -- --dry-run          # print what would change, write nothing
 *   npm run linkage:run -- --mode pprl        # Bloom-filter PPRL (LINKAGE_SHARED_SECRET)
 *   npm run linkage:run -- --allow-mass-end   # end links the guard held back (run/plan-ends.ts)
 *
 * Stores: LINK_STORE_DATABASE_URL / AUDIT_DATABASE_URL / CONSENT_DATABASE_URL for Postgres, else
 * the embedded PGlite directories under .data/ — which only one process may open: stop `npm start`
 * first, or use Postgres.
 */
import 'reflect-metadata';
import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { adapterConfigFromEnv } from '../../../adapters/config/adapter-config.js';
import { populationFromEnv } from '../../../adapters/synthetic/population-from-env.js';
import type { SyntheticPopulation } from '../../../adapters/synthetic/population.js';
import { auditStoreFromEnv } from '../../shared/audit/audit-from-env.js';
import { consentStoreFromEnv } from '../../shared/consent/consent-from-env.js';
import { openIdentityLinks } from '../link-store/open-identity-links.js';
import { configuredDemographicsSources } from './run/configured-sources.js';
import { dvLinkageReleases } from './run/dv-linkage-releases.js';
import { linkIntoStore } from './run/link-into-store.js';
import { formatRunReport } from './run/run-report.js';

const opts = new Command()
  .name('linkage:run')
  .option('--dry-run', 'print what would change; write nothing')
  .option('--mode <mode>', 'plaintext | pprl', 'plaintext')
  .option('--allow-mass-end', 'end links even where a source yielded no records or more than 20% (and more than 3) of a system\'s links would end')
  .parse()
  .opts<{ dryRun?: boolean; mode: string; allowMassEnd?: boolean }>();

if (opts.mode !== 'plaintext' && opts.mode !== 'pprl') {
  console.error(`--mode must be plaintext or pprl, got ${opts.mode}`);
  process.exit(2);
}

const bars = new cliProgress.MultiBar(
  { format: '{stage} [{bar}] {percentage}% | {value}/{total}', clearOnComplete: true, hideCursor: true, stream: process.stderr },
  cliProgress.Presets.shades_classic,
);

async function main(): Promise<void> {
  const config = adapterConfigFromEnv();
  let made: SyntheticPopulation | undefined;
  const population = () => (made ??= populationFromEnv());
  const demo = process.env.NODE_ENV !== 'production' && config.identity.kind === 'embedded';
  const releases = consentStoreFromEnv('dv-shelter');
  const audit = auditStoreFromEnv('identity');
  // A dry run writes nothing, not even the demo seed: against an empty store it reports every link as new.
  const store = await openIdentityLinks(audit, demo && !opts.dryRun ? population : undefined);
  let closeSources = async () => {};
  try {
    const released = await dvLinkageReleases(releases);
    const { sources, skipped, close } = await configuredDemographicsSources(config, population, released);
    closeSources = close;
    const stageBars = new Map<string, cliProgress.SingleBar>();
    const report = await linkIntoStore({
      sources,
      store,
      dryRun: opts.dryRun,
      allowMassEnd: opts.allowMassEnd,
      mode: opts.mode as 'plaintext' | 'pprl',
      secret: process.env.LINKAGE_SHARED_SECRET,
      onProgress: (stage, done, total) => {
        let bar = stageBars.get(stage);
        if (!bar) stageBars.set(stage, (bar = bars.create(total, 0, { stage: stage.padEnd(18) })));
        if (total > 0) return bar.update(done);
        // Reading pages: the total is not known ahead, so the bar grows with each page.
        bar.setTotal(bar.getTotal() + done);
        bar.increment(done);
      },
    });
    bars.stop();
    console.log(formatRunReport(report, skipped, released.size));
  } finally {
    bars.stop();
    await closeSources();
    await store.close();
    await audit.close();
    await releases.close();
  }
}

main().catch((error: unknown) => {
  bars.stop();
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
