/**
 * `health().detail` for an HMIS CSV snapshot: which export is served and, after a rejected
 * reload, why it was rejected — file, line and column only, never a value (problems.ts).
 */
import { formatProblem, HmisExportRejectedError } from './problems.js';
import type { HmisExport } from './read-export.js';
import type { LoadFailure } from './snapshot-store.js';

export function describeExport(e: HmisExport): string {
  const plans = e.safetyPlans ? '' : '; no SafetyPlan.csv, so safetyPlanOnFile is false (unknown) for every client';
  const warnings = e.warnings.length ? `; ${e.warnings.length} household warning(s)` : '';
  return (
    `serving HMIS CSV FY${e.csvVersion} export ${e.exportId} of ${e.exportDate} from ${e.directory}: ` +
    `${e.dataset.clients.length} clients, ${e.dataset.enrollments.length} enrollments${plans}${warnings}`
  );
}

export function describeFailure(f: LoadFailure): string {
  const e = f.error;
  if (e instanceof HmisExportRejectedError) {
    const count = `${e.problems.length}${e.stopped ? '+' : ''} problem${e.problems.length === 1 ? '' : 's'}`;
    return `export in ${f.directory} rejected at ${f.at} (${count}; first: ${formatProblem(e.problems[0])})`;
  }
  return `export in ${f.directory} could not be loaded at ${f.at}: ${e.name}`;
}
