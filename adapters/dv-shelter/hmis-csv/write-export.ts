/**
 * Write a `DvShelterDataset` as an HMIS CSV export directory: Export.csv, Client.csv,
 * Enrollment.csv, Exit.csv (full FY2024 or FY2026 column sets, HMIS CSV Format Specifications),
 * Project.csv (one project per project type) and the local SafetyPlan.csv (`extra-files.ts`).
 * Columns the port has no data for are blank, or 99 ("data not collected") / 0 ("no") where the
 * specification requires a value. DateCreated and DateUpdated are the record's `lastUpdated` in
 * UTC; DateDeleted is blank. Only generated synthetic data is ever written this way.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DvShelterDataset } from '../../synthetic/population.js';
import type { DvClient, DvEnrollment } from '../port.js';
import { ssnDataQualityOf } from '../client-data-quality.js';
import { COLUMN_SETS, type ColumnSpec, type CsvVersion } from './columns.js';
import { csvText } from './csv-format.js';
import {
  ORGANIZATION_COLUMNS_2024,
  ORGANIZATION_FILE,
  PROJECT_COLUMNS_2024,
  PROJECT_FILE,
  SAFETY_PLAN_COLUMNS,
  SAFETY_PLAN_FILE,
} from './extra-files.js';
import { exportRow, organizationRows, projectIdOf, projectRows, type ExportMeta } from './write-meta.js';

export interface WriteExportOptions {
  version?: CsvVersion;
  exportId?: string;
  /** When the export was taken, `yyyy-mm-dd hh:mm:ss` UTC (default: now). */
  exportDate?: string;
  /** Write SafetyPlan.csv (default true). */
  safetyPlans?: boolean;
}

/** Required columns the port has no data for: 99 "data not collected", or 0 "no" for yes/no lists. */
const NOT_COLLECTED: Record<string, string> = {
  RaceNone: '99', GenderNone: '99', VeteranStatus: '99', Sex: '99',
  ...Object.fromEntries(
    ['AmIndAKNative', 'Asian', 'BlackAfAmerican', 'HispanicLatinaeo', 'HispanicLatinao', 'MidEastNAfrican',
      'NativeHIPacific', 'White', 'Woman', 'Man', 'NonBinary', 'CulturallySpecific', 'Transgender', 'Questioning',
      'DifferentIdentity'].map((c) => [c, '0']),
  ),
};

export function hmisDateTime(iso: string): string {
  return new Date(iso).toISOString().slice(0, 19).replace('T', ' ');
}

export async function writeHmisExport(data: DvShelterDataset, directory: string, options: WriteExportOptions = {}): Promise<string[]> {
  const version = options.version ?? '2024';
  const meta: ExportMeta = {
    exportId: options.exportId ?? 'HUB-SYNTHETIC-1',
    exportDate: options.exportDate ?? hmisDateTime(new Date().toISOString()),
    version,
  };
  const columns = COLUMN_SETS[version];
  const std = (lastUpdated: string) => {
    const at = hmisDateTime(lastUpdated);
    return { DateCreated: at, DateUpdated: at, UserID: 'hub-synthetic', DateDeleted: '', ExportID: meta.exportId };
  };
  const files: Record<string, string> = {
    'Export.csv': table(columns['Export.csv'], [exportRow(meta, data.enrollments)]),
    'Client.csv': table(columns['Client.csv'], data.clients.map((c) => ({ ...clientValues(c), ...std(c.provenance.lastUpdated) }))),
    'Enrollment.csv': table(columns['Enrollment.csv'], data.enrollments.map((e) => ({ ...enrollmentValues(e), ...std(e.provenance.lastUpdated) }))),
    'Exit.csv': table(columns['Exit.csv'], data.enrollments.filter((e) => e.exit).map((e) => ({ ...exitValues(e), ...std(e.provenance.lastUpdated) }))),
    [PROJECT_FILE]: table(PROJECT_COLUMNS_2024, projectRows(data.enrollments).map((p) => ({ ...p, ...std(`${p.OperatingStartDate}T00:00:00Z`) }))),
    [ORGANIZATION_FILE]: table(ORGANIZATION_COLUMNS_2024, organizationRows().map((o) => ({ ...o, ...std(`${meta.exportDate.slice(0, 10)}T00:00:00Z`) }))),
  };
  if (options.safetyPlans ?? true) {
    files[SAFETY_PLAN_FILE] = table(SAFETY_PLAN_COLUMNS, data.clients.map((c) => ({
      PersonalID: c.localId, SafetyPlanOnFile: c.safetyPlanOnFile ? '1' : '0', ...std(c.provenance.lastUpdated),
    })));
  }
  await mkdir(directory, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(directory, name), text, 'utf8');
  return Object.keys(files);
}

function table(columns: readonly ColumnSpec[], rows: ReadonlyArray<Record<string, string>>): string {
  const fields = rows.map((row) =>
    columns.map((c) => {
      const value = row[c.name] ?? (c.required ? NOT_COLLECTED[c.name] : undefined) ?? '';
      if (c.required && value === '') throw new Error(`writeHmisExport: no value for required column ${c.name}`);
      return value;
    }),
  );
  return csvText(columns.map((c) => c.name), fields);
}

function clientValues(c: DvClient): Record<string, string> {
  return {
    PersonalID: c.localId, FirstName: c.firstName ?? '', LastName: c.lastName ?? '',
    NameDataQuality: String(c.nameDataQuality), DOB: c.birthDate ?? '', DOBDataQuality: String(c.dobDataQuality),
    SSNDataQuality: String(ssnDataQualityOf(c.provenance.dataQuality)),
  };
}

function enrollmentValues(e: DvEnrollment & { clientId: string }): Record<string, string> {
  return {
    EnrollmentID: e.enrollmentId, PersonalID: e.clientId, ProjectID: projectIdOf(e.projectType),
    EntryDate: e.entryDate, HouseholdID: e.householdId, RelationshipToHoH: String(e.relationshipToHoH),
  };
}

function exitValues(e: DvEnrollment & { clientId: string }): Record<string, string> {
  const exit = e.exit!;
  return { ExitID: exit.exitId, EnrollmentID: e.enrollmentId, PersonalID: e.clientId, ExitDate: exit.exitDate, Destination: String(exit.destination) };
}
