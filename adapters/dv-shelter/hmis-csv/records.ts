/**
 * Validated rows → port records. Blank text is `null` (HMIS CSV writes a missing value as an
 * empty field, so an empty name and no name cannot be told apart). DateUpdated, written without
 * a zone, is read as UTC (the writer writes UTC). A blank RelationshipToHoH (optional in the CSV
 * specification) is served as 99, "data not collected". A client's Name, SSN and DOB data quality
 * also go into its provenance (`provenance.dataQuality`), the form every agency's records share.
 */
import { AGENCY_SYSTEMS } from '../../port/agency-systems.js';
import type { Provenance } from '../../port/provenance.js';
import type { DvShelterDataset } from '../../synthetic/population.js';
import { clientDataQuality } from '../client-data-quality.js';
import type { DvClient, DvEnrollment, DvExit, HmisDataQuality } from '../port.js';
import { live, type ExportTables } from './references.js';

const text = (value: string): string | null => (value === '' ? null : value);
/** A data-quality column, already checked against its code list by validate.ts. */
const code = (value: string) => Number(value) as HmisDataQuality;

/** `yyyy-mm-dd hh:mm:ss` (HMIS T, no zone) → ISO-8601 UTC. */
export function isoFromHmis(dateTime: string): string {
  return new Date(`${dateTime.replace(' ', 'T')}Z`).toISOString();
}

const provenance = (values: Record<string, string>): Provenance => ({
  sourceSystem: AGENCY_SYSTEMS.dvShelter,
  lastUpdated: isoFromHmis(values.DateUpdated),
});

export function datasetFromTables(t: ExportTables): DvShelterDataset {
  const plans = new Map(live(t.safetyPlans ?? []).map((r) => [r.values.PersonalID, r.values.SafetyPlanOnFile === '1']));
  const projectTypes = new Map(live(t.projects).map((r) => [r.values.ProjectID, Number(r.values.ProjectType)]));
  const exits = new Map(live(t.exits).map((r) => [r.values.EnrollmentID, exitOf(r.values)]));

  const clients = live(t.clients).map(({ values }): DvClient => ({
    localId: values.PersonalID,
    firstName: text(values.FirstName),
    lastName: text(values.LastName),
    nameDataQuality: code(values.NameDataQuality),
    birthDate: text(values.DOB),
    dobDataQuality: code(values.DOBDataQuality),
    safetyPlanOnFile: plans.get(values.PersonalID) ?? false,
    provenance: {
      ...provenance(values),
      dataQuality: clientDataQuality(code(values.NameDataQuality), code(values.SSNDataQuality), code(values.DOBDataQuality)),
    },
  }));
  const enrollments = live(t.enrollments).map(({ values }): DvEnrollment & { clientId: string } => ({
    clientId: values.PersonalID,
    enrollmentId: values.EnrollmentID,
    projectType: projectTypes.get(values.ProjectID)!,
    entryDate: values.EntryDate,
    householdId: values.HouseholdID,
    relationshipToHoH: values.RelationshipToHoH === '' ? 99 : Number(values.RelationshipToHoH),
    exit: exits.get(values.EnrollmentID) ?? null,
    provenance: provenance(values),
  }));
  return { clients, enrollments };
}

function exitOf(values: Record<string, string>): DvExit {
  return { exitId: values.ExitID, exitDate: values.ExitDate, destination: Number(values.Destination) };
}
