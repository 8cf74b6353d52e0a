/**
 * The export's own rows for a written export: Export.csv's one row, Project.csv's projects and
 * Organization.csv's one organization.
 * The comparable database is a standalone agency application (SourceType 2); the export is a full
 * refresh (ExportDirective 2) of unhashed data (HashStatus 1). Projects are one per project type
 * with a generic name: a DV project's name or address can reveal a shelter's location, which
 * VAWA (34 U.S.C. 12291(b)(2)) protects, so no Geography or ProjectCoC file is written at all.
 */
import type { DvEnrollment } from '../port.js';
import type { CsvVersion } from './columns.js';

export interface ExportMeta {
  exportId: string;
  exportDate: string;
  version: CsvVersion;
}

/** ProjectID of the generated project of a project type. */
export const projectIdOf = (projectType: number) => `DV-PT${projectType}`;

const PROJECT_TYPE_NAMES: Record<number, string> = {
  0: 'Emergency shelter (entry/exit)', 1: 'Emergency shelter (night-by-night)', 2: 'Transitional housing',
  3: 'Permanent supportive housing', 4: 'Street outreach', 6: 'Services only', 7: 'Other', 8: 'Safe haven',
  9: 'PH - housing only', 10: 'PH - housing with services', 11: 'Day shelter', 12: 'Homelessness prevention',
  13: 'PH - rapid re-housing', 14: 'Coordinated entry',
};

export function exportRow(meta: ExportMeta, enrollments: readonly DvEnrollment[]): Record<string, string> {
  const day = meta.exportDate.slice(0, 10);
  const first = enrollments.reduce((min, e) => (e.entryDate < min ? e.entryDate : min), day);
  return {
    ExportID: meta.exportId, SourceType: '2', SourceName: 'Synthetic comparable database',
    ExportDate: meta.exportDate, ExportStartDate: first, ExportEndDate: day,
    SoftwareName: 'Common Client Hub synthetic export', SoftwareVersion: '0.1.0', CSVVersion: `${meta.version} v1`,
    ExportPeriodType: '4', ExportDirective: '2', HashStatus: '1', ImplementationID: 'common-client-hub-synthetic',
  };
}

/** The one organization operating the written projects: the program, a victim service provider. */
export const ORGANIZATION_ID = 'DV-ORG';

export function organizationRows(): Array<Record<string, string>> {
  return [{ OrganizationID: ORGANIZATION_ID, OrganizationName: 'DV program', VictimServiceProvider: '1' }];
}

export function projectRows(enrollments: readonly DvEnrollment[]): Array<Record<string, string>> {
  const byType = new Map<number, string>();
  for (const e of enrollments) {
    const start = byType.get(e.projectType);
    if (start === undefined || e.entryDate < start) byType.set(e.projectType, e.entryDate);
  }
  return [...byType].sort(([a], [b]) => a - b).map(([type, start]) => ({
    ProjectID: projectIdOf(type), OrganizationID: ORGANIZATION_ID, ProjectName: `DV program: ${PROJECT_TYPE_NAMES[type] ?? `project type ${type}`}`,
    OperatingStartDate: start, ContinuumProject: '0', ProjectType: String(type),
  }));
}
