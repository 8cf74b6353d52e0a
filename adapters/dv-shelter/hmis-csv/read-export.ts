/**
 * Read and validate a whole HMIS CSV export directory, or reject it. Export.csv first (it chooses
 * the column set), then Client, Enrollment, Exit, Project, Organization and the optional
 * SafetyPlan.csv, then
 * the checks across files. Problems are collected up to `maxProblems` (default 20); any problem
 * rejects the whole export with every collected problem, so nothing partial is ever served.
 */
import type { DvShelterDataset } from '../../synthetic/population.js';
import { COLUMN_SETS, withIdLength, type ColumnSpec } from './columns.js';
import { readExportFile, type ExportInfo } from './export-file.js';
import {
  ORGANIZATION_COLUMNS_READ,
  ORGANIZATION_FILE,
  PROJECT_COLUMNS_READ,
  PROJECT_FILE,
  SAFETY_PLAN_COLUMNS,
  SAFETY_PLAN_FILE,
} from './extra-files.js';
import { type ExportProblem, ProblemList, rejectIfAny } from './problems.js';
import { datasetFromTables } from './records.js';
import { type ClientDemographicRow, clientDemographicRows } from './demographics.js';
import { checkReferences, type HouseholdRule } from './references.js';
import { readTable } from './read-table.js';

export interface ReadExportOptions {
  /** Problems collected before reading stops (default 20). */
  maxProblems?: number;
  /** A household without exactly one head: `reject` (default) or `warn` and load. */
  households?: HouseholdRule;
  /**
   * Longest identifier (PersonalID, EnrollmentID, ExitID, HouseholdID, ProjectID, OrganizationID) accepted.
   * Default 32, the specification's S32; the port itself accepts local ids of up to 64.
   */
  idMaxLength?: number;
}

export interface HmisExport extends ExportInfo {
  directory: string;
  /** The date the export reflects: ExportDate's day. */
  asOf: string;
  dataset: DvShelterDataset;
  /** Live clients' Client.csv demographic columns, for the linkage reader (`demographics.ts`) only. */
  clientDemographics: Map<string, ClientDemographicRow>;
  /** Whether SafetyPlan.csv was present; without it `safetyPlanOnFile` is false for everyone. */
  safetyPlans: boolean;
  /** Problems tolerated by the options (households under `warn`). */
  warnings: ExportProblem[];
}

export async function readHmisExport(directory: string, options: ReadExportOptions = {}): Promise<HmisExport> {
  const problems = new ProblemList(options.maxProblems ?? 20);
  const info = await readExportFile(directory, problems);
  rejectIfAny(directory, problems);
  const ids = (columns: readonly ColumnSpec[]) => withIdLength(columns, options.idMaxLength ?? 32);
  const table = (file: 'Client.csv' | 'Enrollment.csv' | 'Exit.csv') =>
    readTable(directory, file, ids(COLUMN_SETS[info!.csvVersion][file]), problems, { exportId: info!.exportId });
  const clients = await table('Client.csv');
  const enrollments = await table('Enrollment.csv');
  const exits = await table('Exit.csv');
  const projects = await readTable(directory, PROJECT_FILE, ids(PROJECT_COLUMNS_READ), problems, { byName: true, exportId: info!.exportId });
  const organizations = await readTable(directory, ORGANIZATION_FILE, ids(ORGANIZATION_COLUMNS_READ), problems, { byName: true, exportId: info!.exportId });
  const safetyPlans = await readTable(directory, SAFETY_PLAN_FILE, ids(SAFETY_PLAN_COLUMNS), problems, { optional: true, exportId: info!.exportId });
  rejectIfAny(directory, problems);
  const tables = { clients: clients!, enrollments: enrollments!, exits: exits!, projects: projects!, organizations: organizations!, safetyPlans };
  const warnings = checkReferences(tables, problems, options.households ?? 'reject');
  rejectIfAny(directory, problems);
  return {
    ...info!,
    directory,
    asOf: info!.exportDate.slice(0, 10),
    dataset: datasetFromTables(tables),
    clientDemographics: clientDemographicRows(tables.clients),
    safetyPlans: safetyPlans !== null,
    warnings,
  };
}
