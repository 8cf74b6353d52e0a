/** One stay or service episode with the DV program: an HMIS Enrollment with its Exit, if any. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Provenance } from '../../adapters/port/provenance.js';
import { ProvenanceType } from '../shared/provenance-type.js';
import { LocalDate } from '../shared/scalars.js';
import { HmisDestinationClassEnum, HmisProjectTypeEnum, HmisRelationshipEnum } from './enums.js';
import type { DestinationClassValue, ProjectTypeValue, RelationshipValue } from './hmis-codes.js';
import { NO_LOCATION } from './types.js';

@ObjectType('ShelterEnrollment', {
  description: `An enrollment in one of the DV program's projects (HMIS Enrollment, with its Exit). ${NO_LOCATION}`,
})
export class ShelterEnrollmentType {
  @Field(() => ID, { description: "The enrollment's id in the DV program's database (HMIS EnrollmentID)." })
  enrollmentId!: string;

  @Field(() => HmisProjectTypeEnum, { description: 'The kind of project (HMIS 2.02.6); OTHER for a code this hub does not know.' })
  projectType!: ProjectTypeValue;

  @Field(() => Int, { description: 'The HMIS 2.02.6 ProjectType code exactly as sent, e.g. 0 for entry/exit emergency shelter.' })
  projectTypeCode!: number;

  @Field(() => LocalDate, { description: 'Project start date (HMIS EntryDate).' })
  entryDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Project exit date (HMIS Exit.ExitDate); null while enrolled.' })
  exitDate!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Where the client went on exit: the HMIS 3.12 Destination code, e.g. 215 foster care; null while enrolled.',
  })
  exitDestinationCode!: number | null;

  @Field(() => HmisDestinationClassEnum, {
    nullable: true,
    description: "The destination's class by the first digit of its code (HMIS 3.12); null while enrolled.",
  })
  exitDestinationClass!: DestinationClassValue | null;

  @Field(() => HmisRelationshipEnum, { description: "The client's relationship to the head of household (HMIS 3.15.1)." })
  relationshipToHeadOfHousehold!: RelationshipValue;

  @Field(() => ID, { description: 'The household enrolled together (HMIS HouseholdID).' })
  householdId!: string;

  @Field(() => ProvenanceType, { description: 'Where this record came from and when it last changed.' })
  provenance!: Provenance;
}
