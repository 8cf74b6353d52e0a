/** The schools' object types, in Ed-Fi Data Standard v5 shapes: Student and StudentSchoolAssociation. */
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { CASEWORKER_ASSIGNMENTS_FIELD, CaseworkerAssignmentType } from '../shared/caseworker-assignment.js';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { createAgencyPersonType } from '../shared/agency-person.js';
import type { Provenance } from '../../adapters/port/provenance.js';
import { ProvenanceType } from '../shared/provenance-type.js';
import { LocalDate } from '../shared/scalars.js';
import type { GradeLevelValue } from './ed-fi-codes.js';
import { GradeLevelEnum } from './enums.js';

@ObjectType('School', { description: 'A school, as the district names it (Ed-Fi School).' })
export class SchoolType {
  @Field(() => ID, { description: "The school's Ed-Fi schoolId." })
  schoolId!: string;

  @Field(() => String, { description: "The school's name (Ed-Fi nameOfInstitution)." })
  name!: string;
}

@ObjectType('SchoolEnrollment', {
  description: "A student's enrollment in one school (Ed-Fi StudentSchoolAssociation).",
})
export class SchoolEnrollmentType {
  @Field(() => SchoolType, { description: 'The school the student is enrolled in.' })
  school!: SchoolType;

  @Field(() => LocalDate, { description: 'First day of the enrollment (Ed-Fi entryDate).' })
  entryDate!: string;

  @Field(() => GradeLevelEnum, { description: 'Grade level at entry (Ed-Fi entryGradeLevelDescriptor).' })
  gradeLevel!: GradeLevelValue;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Date the student exited or withdrew (Ed-Fi exitWithdrawDate); null while enrolled.',
  })
  exitWithdrawDate!: string | null;

  @Field(() => Int, { description: 'Ed-Fi schoolYear: the year the school year ends in (2024-25 is 2025).' })
  schoolYear!: number;

  @Field(() => ProvenanceType, { description: 'Where this record came from and when it last changed.' })
  provenance!: Provenance;
}

@ObjectType('EducationRecord', {
  description:
    "The school district's record of a student (Ed-Fi Student): as the district recorded them, with enrollments, attendance and special education.",
})
export class EducationRecordType {
  @Field(() => ID, { description: "The student's id in the district (Ed-Fi studentUniqueId)." })
  localId!: string;

  @Field(() => String, { description: 'First name as the district recorded it.' })
  firstName!: string;

  @Field(() => String, { nullable: true, description: 'Middle name as recorded, if any.' })
  middleName!: string | null;

  @Field(() => String, { description: 'Last name as recorded (Ed-Fi lastSurname).' })
  lastSurname!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Birth date as recorded; may differ from other agencies.' })
  birthDate!: string | null;

  @Field(() => ProvenanceType, { description: 'Where this record came from and when it last changed.' })
  provenance!: Provenance;
}

/** `Person` as this subgraph declares it: the key and its own hidden links field. */
export const SchoolsPersonType = createAgencyPersonType(AGENCY_SYSTEMS.schools);
// Child welfare's assignment facts, required for the FERPA (b)(1)(L) decision (see
// subgraphs/shared/caseworker-assignment.ts); declared external, resolved by child welfare.
Field(() => [CaseworkerAssignmentType], { nullable: true, description: "Child welfare's assignment facts (planner only)." })(
  SchoolsPersonType.prototype,
  CASEWORKER_ASSIGNMENTS_FIELD,
);
Directive('@external')(SchoolsPersonType.prototype, CASEWORKER_ASSIGNMENTS_FIELD);
