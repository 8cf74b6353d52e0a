/**
 * The files besides Export, Client, Enrollment and Exit that this adapter reads.
 *
 * Organization.csv — the organizations that operate the export's projects (HMIS 2.01), required in
 * every HMIS CSV export; each Project.csv row names one by OrganizationID. FY2024 columns after
 * Green River's hmis-warehouse `HmisStructure::Organization` '2024' block; read by column NAME for
 * the same reason as Project.csv. VictimServiceProvider (0 no, 1 yes) says whether the
 * organization is a victim service provider (24 CFR 576.3 / VAWA), which a DV program's export is.
 *
 * Project.csv — the port's `projectType` lives there (HMIS 2.02.6), not in Enrollment.csv. Its
 * column list is not in the domain reference; the FY2024 order below is Green River's
 * hmis-warehouse `HmisStructure::Project` '2024' block. Because the FY2026 form is unconfirmed,
 * Project.csv is read by column NAME (ProjectID, ProjectType and the +std columns must be present),
 * not by exact header; the writer always writes this FY2024 order.
 *
 * SafetyPlan.csv — NOT part of the HMIS CSV specification. HMIS has no safety-plan element, but
 * the port's `safetyPlanOnFile` is something the program keeps; a comparable database holds it as
 * a custom field. This program-local extension file carries it, one row per client with a plan
 * status: `PersonalID S32!, SafetyPlanOnFile! (0 no · 1 yes), +std`. It is optional: without it,
 * every client answers `safetyPlanOnFile: false`, which then means "unknown", not "no plan", and
 * `health().detail` says so. Nothing is derived from HMIS fields (no HMIS element implies a plan).
 */
import { parseColumnNotation } from './columns.js';

const STD = 'DateCreated T!, DateUpdated T!, UserID S32!, DateDeleted T, ExportID S32!';

export const PROJECT_COLUMNS_2024 = parseColumnNotation(
  'ProjectID S32!, OrganizationID S32!, ProjectName S200!, ProjectCommonName S200, OperatingStartDate D!, ' +
    'OperatingEndDate D, ContinuumProject!, ProjectType, HousingType, RRHSubType, ResidentialAffiliation, ' +
    'TargetPopulation, HOPWAMedAssistedLivingFac, PITCount, ' +
    STD,
);

/** The Project.csv columns this adapter needs, found by name. */
export const PROJECT_COLUMNS_READ = PROJECT_COLUMNS_2024.filter((c) =>
  ['ProjectID', 'OrganizationID', 'ProjectType', 'DateUpdated', 'DateDeleted', 'ExportID'].includes(c.name),
);

export const ORGANIZATION_COLUMNS_2024 = parseColumnNotation(
  `OrganizationID S32!, OrganizationName S200!, VictimServiceProvider!, OrganizationCommonName S200, ${STD}`,
);

/** The Organization.csv columns this adapter checks, found by name. */
export const ORGANIZATION_COLUMNS_READ = ORGANIZATION_COLUMNS_2024.filter((c) => c.name !== 'OrganizationCommonName' && c.name !== 'DateCreated' && c.name !== 'UserID');

export const SAFETY_PLAN_COLUMNS = parseColumnNotation(`PersonalID S32!, SafetyPlanOnFile!, ${STD}`);

export const SAFETY_PLAN_FILE = 'SafetyPlan.csv';
export const PROJECT_FILE = 'Project.csv';
export const ORGANIZATION_FILE = 'Organization.csv';
