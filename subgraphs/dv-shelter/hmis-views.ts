/**
 * Port records -> the shapes the schema serves: HMIS integer codes become GraphQL enum values
 * (hmis-codes.ts), and an Enrollment is flattened with its Exit. Fields are copied one by one,
 * not spread, so the objects a request holds carry only what the schema declares.
 */
import type { DvClient, DvEnrollment } from '../../adapters/dv-shelter/port.js';
import type { ShelterEnrollmentType } from './enrollment-type.js';
import { DATA_QUALITY, destinationClassOf, projectTypeOf, relationshipOf } from './hmis-codes.js';
import type { DvServicesRecordType } from './types.js';

export function toDvServicesRecord(client: DvClient): DvServicesRecordType {
  return {
    localId: client.localId,
    firstName: client.firstName,
    lastName: client.lastName,
    nameDataQuality: DATA_QUALITY[client.nameDataQuality],
    birthDate: client.birthDate,
    dobDataQuality: DATA_QUALITY[client.dobDataQuality],
    safetyPlanOnFile: client.safetyPlanOnFile,
    provenance: client.provenance,
  };
}

export function toShelterEnrollment(enrollment: DvEnrollment): ShelterEnrollmentType {
  const { exit } = enrollment;
  return {
    enrollmentId: enrollment.enrollmentId,
    projectType: projectTypeOf(enrollment.projectType),
    projectTypeCode: enrollment.projectType,
    entryDate: enrollment.entryDate,
    exitDate: exit?.exitDate ?? null,
    exitDestinationCode: exit?.destination ?? null,
    exitDestinationClass: exit ? destinationClassOf(exit.destination) : null,
    relationshipToHeadOfHousehold: relationshipOf(enrollment.relationshipToHoH),
    householdId: enrollment.householdId,
    provenance: enrollment.provenance,
  };
}
