/**
 * `adapter:check`'s preflight for the DV shelter over an HMIS CSV export: the export directory
 * read and validated exactly as the subgraph reads it at start (`hmisCsvAdapterFrom`), each
 * problem at its file, line and column and never with a value (a survivor's record: VAWA,
 * 34 U.S.C. 12291(b)(2)), `health()`, then where the expected answers come from. Own data: the
 * PersonalIDs of the first `--sample` rows of Client.csv. Null when a step failed.
 */
import { readHmisExport } from '../dv-shelter/hmis-csv/read-export.js';
import { type Expectations, observedExpectations } from '../conformance/index.js';
import { AdapterConfigError, type HmisCsvConfig } from './adapter-config.js';
import type { CheckOptions, CheckSink } from './adapter-check.js';
import { knownExpectations, sameKeysForEveryMethod } from './check-expectations.js';
import { hmisCsvAdapterFrom } from './hmis-csv-adapter.js';

export async function preflightHmis(config: HmisCsvConfig, options: CheckOptions, sink: CheckSink): Promise<Expectations | null> {
  const variable = options.settings.exportDir?.name ?? 'the export directory';
  sink.step(true, `configuration: dv-shelter on hmis-csv from ${config.exportDir}`);

  let adapter;
  try {
    adapter = await hmisCsvAdapterFrom(config, variable);
  } catch (error) {
    if (!(error instanceof AdapterConfigError)) throw error;
    sink.step(false, `export: ${config.exportDir} cannot be served:`);
    for (const problem of error.problems) sink.step(false, `    ${problem}`);
    return null;
  }
  try {
    const health = await adapter.health();
    sink.step(health.status === 'up', `export: valid — ${health.detail ?? ''}`);
    if (health.status !== 'up') return null;
    if (options.seededWith) return knownExpectations('dv-shelter', options.seededWith, sink);
    // Read again for its rows: the adapter keeps them to itself, and the export was just validated.
    const { dataset } = await readHmisExport(config.exportDir);
    const ids = dataset.clients.slice(0, options.sample).map((client) => client.localId);
    const observed = await observedExpectations('dv-shelter', adapter, sameKeysForEveryMethod('dv-shelter', ids));
    for (const problem of observed.problems) sink.step(false, `expectations: ${problem}`);
    sink.step(
      observed.problems.length === 0 && ids.length > 0,
      `expectations: your own data — the PersonalIDs of the first ${ids.length} rows of Client.csv, each asked alone; batches must agree (pass --seeded-with to check record content too)`,
    );
    return observed.expectations;
  } finally {
    await adapter.close?.();
  }
}
