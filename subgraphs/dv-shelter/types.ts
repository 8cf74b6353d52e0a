/**
 * The DV shelter's object types, in HUD HMIS CSV shapes (Client, Enrollment + Exit, FY2024) as a
 * victim service provider keeps them in its comparable database.
 *
 * By design there is no field for the shelter's name, location or address anywhere in this
 * schema: VAWA (34 U.S.C. 12291(b)(2)) counts a shelter's location as personally identifying
 * information that a DV program may not disclose without the survivor's release.
 */
import { Field, ID, ObjectType } from 'type-graphql';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { createAgencyPersonType } from '../shared/agency-person.js';
import type { Provenance } from '../../adapters/port/provenance.js';
import { ProvenanceType } from '../shared/provenance-type.js';
import { LocalDate } from '../shared/scalars.js';
import { HmisDataQualityEnum } from './enums.js';
import type { DataQualityValue } from './hmis-codes.js';

export const NO_LOCATION =
  "By design it carries no shelter name, location or address: VAWA (34 U.S.C. 12291(b)(2)) makes a shelter's location personally identifying information a DV program may not disclose, even hashed or encrypted, without the survivor's written, time-limited release.";

@ObjectType('DvServicesRecord', {
  description: `A domestic violence program's record of a person, from its comparable database (HMIS Client, FY2024). ${NO_LOCATION}`,
})
export class DvServicesRecordType {
  @Field(() => ID, { description: "The person's id in the DV program's database (HMIS PersonalID)." })
  localId!: string;

  @Field(() => String, { nullable: true, description: 'First name as recorded (HMIS FirstName); may be partial or a code name.' })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: 'Last name as recorded (HMIS LastName).' })
  lastName!: string | null;

  @Field(() => HmisDataQualityEnum, { description: 'How complete the recorded name is (HMIS NameDataQuality, 3.01.5).' })
  nameDataQuality!: DataQualityValue;

  @Field(() => LocalDate, { nullable: true, description: 'Birth date as recorded (HMIS DOB); may be approximate.' })
  birthDate!: string | null;

  @Field(() => HmisDataQualityEnum, { description: 'How complete the recorded birth date is (HMIS DOBDataQuality, 3.03.2).' })
  dobDataQuality!: DataQualityValue;

  @Field(() => Boolean, { description: 'Whether a current safety plan is on file with the program. Not the plan itself.' })
  safetyPlanOnFile!: boolean;

  @Field(() => ProvenanceType, { description: 'Where this record came from and when it last changed.' })
  provenance!: Provenance;
}

/** `Person` as this subgraph declares it: the key and its own hidden links field. */
export const DvShelterPersonType = createAgencyPersonType(AGENCY_SYSTEMS.dvShelter);
