/**
 * The integer code lists this adapter checks, from the HMIS Data Standards FY2024 as given in the
 * domain reference §1. Only columns the port serves, or that decide how an export is read, are
 * checked against a list; every other integer column is checked for being an integer only, so a
 * code added by a later revision of a list the port does not read never rejects an export.
 */
const DATA_QUALITY = [1, 2, 8, 9, 99];

export const CODE_LISTS: Readonly<Record<string, readonly number[]>> = {
  // Export.csv
  SourceType: [1, 2, 3, 4],
  ExportPeriodType: [1, 3, 4],
  ExportDirective: [1, 2, 3],
  HashStatus: [1, 2, 3, 4],
  // Client.csv (3.01.5, 3.02.2, 3.03.2)
  NameDataQuality: DATA_QUALITY,
  SSNDataQuality: DATA_QUALITY,
  DOBDataQuality: DATA_QUALITY,
  // Enrollment.csv (3.15.1)
  RelationshipToHoH: [1, 2, 3, 4, 5, 99],
  // Organization.csv (2.01.2, the No/Yes list 1.1)
  VictimServiceProvider: [0, 1],
  // Project.csv (2.02.6; there is no 5)
  ProjectType: [0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14],
  // SafetyPlan.csv (local extension)
  SafetyPlanOnFile: [0, 1],
};

/** ExportDirective 2: a full refresh, the only kind that can replace a whole snapshot. */
export const FULL_REFRESH = 2;
/** HashStatus 1: unhashed; the port serves names, which a hashed export no longer holds. */
export const UNHASHED = 1;
