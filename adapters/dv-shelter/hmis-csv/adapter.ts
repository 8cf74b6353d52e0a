/**
 * The DV shelter port served from a comparable database's HUD HMIS CSV export (FY2024 or FY2026).
 * The export is read inside the DV subgraph's process and never leaves the DV program's side: a
 * victim service provider may not disclose survivors' personally identifying information (VAWA,
 * 34 U.S.C. 12291(b)(2)), and HUD bars it from entering client data into the CoC HMIS at all.
 *
 * `reload(directory)` validates a new export completely before swapping it in atomically; a
 * rejected export leaves the previous snapshot serving, and `health()` reports `degraded` with
 * the row-numbered reason until a good export arrives (`down` while none was ever loaded).
 */
import { AGENCY_SYSTEMS } from '../../port/agency-systems.js';
import type { AdapterCapabilities, AdapterHealth, BatchResult } from '../../port/batch-contract.js';
import { answerFromIndex, answerGroups, groupByOwner, indexBy, unwrapGroups } from '../../port/embedded-index.js';
import { checkLocalIds } from '../../port/local-id.js';
import type { DvShelterAdapter } from '../port.js';
import { hmisDemographicsSource } from './demographics.js';
import { describeExport, describeFailure } from './health-detail.js';
import { readHmisExport, type HmisExport, type ReadExportOptions } from './read-export.js';
import { createSnapshotStore } from './snapshot-store.js';

export interface HmisCsvDvShelterAdapterOptions extends ReadExportOptions {
  /** Export directory to load at start. Without one (or when it is rejected) the adapter starts `down`. */
  directory?: string;
  /** Reject creation when the first export is rejected, instead of starting `down` (default false). */
  requireInitialLoad?: boolean;
  maxBatchSize?: number;
}

export interface HmisCsvDvShelterAdapter extends DvShelterAdapter {
  /** Validate the export in `directory` and serve it; rejects with `HmisExportRejectedError`, serving the old one. */
  reload(directory: string): Promise<HmisExport>;
  /** The export being served (without its records), or null. */
  loadedExport(): Omit<HmisExport, 'dataset' | 'clientDemographics'> | null;
}

function indexed(exported: HmisExport) {
  const { clients, enrollments } = exported.dataset;
  return {
    exported,
    clients: indexBy(clients, (c) => c.localId),
    enrollments: groupByOwner(enrollments, 'clientId', (e) => e.entryDate),
  };
}

export async function createHmisCsvDvShelterAdapter(options: HmisCsvDvShelterAdapterOptions = {}): Promise<HmisCsvDvShelterAdapter> {
  const store = createSnapshotStore(async (dir) => indexed(await readHmisExport(dir, options)));
  if (options.directory !== undefined) {
    await store.reload(options.directory).catch((error: unknown) => {
      if (options.requireInitialLoad) throw error;
    });
  }
  const maxBatchSize = options.maxBatchSize ?? 1000;

  /** Without a snapshot, every well-formed key fails alone (the batch contract), and bad keys still say why. */
  const noSnapshot = <T>(keys: readonly string[]): BatchResult<T> =>
    checkLocalIds(keys).map((problem) => problem ?? new Error('dv-shelter: no HMIS CSV export has been loaded'));

  return {
    get capabilities(): AdapterCapabilities {
      return { sourceSystem: AGENCY_SYSTEMS.dvShelter, freshness: 'snapshot', maxBatchSize, asOf: store.current()?.exported.asOf };
    },
    async health(): Promise<AdapterHealth> {
      const checkedAt = new Date().toISOString();
      const snapshot = store.current();
      const failure = store.lastFailure();
      if (!snapshot) return { status: 'down', checkedAt, detail: failure ? describeFailure(failure) : 'no HMIS CSV export loaded yet' };
      const serving = describeExport(snapshot.exported);
      if (failure) return { status: 'degraded', checkedAt, detail: `${serving}; ${describeFailure(failure)}` };
      return { status: 'up', checkedAt, detail: serving };
    },
    async clientsByIds(ids) {
      const snapshot = store.current();
      return snapshot ? answerFromIndex(ids, snapshot.clients) : noSnapshot(ids);
    },
    async enrollmentsByClientIds(ids) {
      const snapshot = store.current();
      return snapshot ? unwrapGroups(answerGroups(ids, snapshot.clients, snapshot.enrollments)) : noSnapshot(ids);
    },
    // Record linkage: released clients only (VAWA, 34 U.S.C. 12291(b)(2)); see demographics.ts.
    demographicsOfReleased: (released) => hmisDemographicsSource(() => store.current()?.exported.clientDemographics ?? null, released),
    reload: async (directory) => (await store.reload(directory)).exported,
    loadedExport() {
      const exported = store.current()?.exported;
      if (!exported) return null;
      const { dataset: _dataset, clientDemographics: _demographics, ...rest } = exported;
      return rest;
    },
  };
}
