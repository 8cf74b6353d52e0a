/** Special education as the dashboard sees it: Ed-Fi StudentSpecialEducationProgramAssociation. */
import { Field, ObjectType } from 'type-graphql';
import type { Provenance } from '../../adapters/port/provenance.js';
import { ProvenanceType } from '../shared/provenance-type.js';
import { LocalDate } from '../shared/scalars.js';
import type { DisabilityValue } from './ed-fi-codes.js';
import { SpecialEducationDisabilityEnum } from './enums.js';

@ObjectType('SpecialEducationProgram', {
  description:
    "A student's participation in a special education program, with its IEP dates (Ed-Fi StudentSpecialEducationProgramAssociation).",
})
export class SpecialEducationProgramType {
  @Field(() => String, { description: "The program's name (Ed-Fi programReference.programName)." })
  programName!: string;

  @Field(() => LocalDate, { description: 'First day in the program (Ed-Fi beginDate).' })
  beginDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day in the program (Ed-Fi endDate); null while it continues.' })
  endDate!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Start of the student's current IEP (Ed-Fi iepBeginDate)." })
  iepBeginDate!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'End of the current IEP (Ed-Fi iepEndDate).' })
  iepEndDate!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When the IEP is next due for review (Ed-Fi iepReviewDate).' })
  iepReviewDate!: string | null;

  @Field(() => [SpecialEducationDisabilityEnum], { description: 'The disabilities the program serves, in the order the district recorded them.' })
  disabilities!: DisabilityValue[];

  @Field(() => ProvenanceType, { description: 'Where this record came from and when it last changed.' })
  provenance!: Provenance;
}
