/**
 * The DV shelter's HMIS CSV adapter from its configuration. The export is read and validated in
 * full at start: a directory that is missing or an export that is rejected is the operator's to
 * fix, so it stops the process with every problem named at file and line (never a value), as a
 * bad mapping file does.
 */
import { stat } from 'node:fs/promises';
import { createHmisCsvDvShelterAdapter, type HmisCsvDvShelterAdapter } from '../dv-shelter/hmis-csv/adapter.js';
import { formatProblem, HmisExportRejectedError } from '../dv-shelter/hmis-csv/problems.js';
import { AdapterConfigError, type HmisCsvConfig } from './adapter-config.js';

export async function hmisCsvAdapterFrom(config: HmisCsvConfig, variable: string): Promise<HmisCsvDvShelterAdapter> {
  const isDirectory = await stat(config.exportDir).then((s) => s.isDirectory(), () => false);
  if (!isDirectory) throw new AdapterConfigError([`${variable}=${JSON.stringify(config.exportDir)} is not a readable directory`]);
  try {
    return await createHmisCsvDvShelterAdapter({ directory: config.exportDir, requireInitialLoad: true });
  } catch (error) {
    if (!(error instanceof HmisExportRejectedError)) throw error;
    throw new AdapterConfigError(error.problems.map((p) => `${variable}: the HMIS CSV export was rejected: ${formatProblem(p)}`));
  }
}
