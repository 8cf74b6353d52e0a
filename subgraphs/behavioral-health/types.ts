/** Behavioral health's object types: the FHIR R4 Patient record, the Person it joins, and FHIR datatypes. */
import { Field, ID, ObjectType } from 'type-graphql';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { createAgencyPersonType } from '../shared/agency-person.js';
import type { Provenance } from '../../adapters/port/provenance.js';
import { ProvenanceType } from '../shared/provenance-type.js';
import { LocalDate } from '../shared/scalars.js';

@ObjectType('FhirReference', { description: 'A FHIR Reference to another resource: its id and a display name.' })
export class FhirReferenceType {
  @Field(() => ID, { description: "The referenced resource's logical id in the behavioral health system." })
  id!: string;

  @Field(() => String, { description: 'A name to show for it, e.g. the organization or care manager name.' })
  display!: string;
}

@ObjectType('FhirCoding', { description: 'A FHIR Coding: one code from a code system (e.g. ICD-10-CM, SNOMED CT).' })
export class FhirCodingType {
  @Field(() => String, { description: 'The code system URI, e.g. `http://hl7.org/fhir/sid/icd-10-cm`.' })
  system!: string;

  @Field(() => String, { description: 'The code within that system, e.g. `F33.1`.' })
  code!: string;

  @Field(() => String, { description: 'The human-readable meaning of the code.' })
  display!: string;
}

@ObjectType('BehavioralHealthRecord', {
  description:
    "The behavioral health provider's record of a person (FHIR R4 Patient): as the provider recorded them, with episodes of care, conditions and care plans.",
})
export class BehavioralHealthRecordType {
  @Field(() => ID, { description: "The person's id in the behavioral health system (FHIR Patient id)." })
  localId!: string;

  /** Not in the schema: the hub person id, for the policy decisions further down the record. */
  personId?: string;

  @Field(() => String, { description: 'Given name as the provider recorded it (Patient.name.given).' })
  givenName!: string;

  @Field(() => String, { description: 'Family name as recorded (Patient.name.family).' })
  familyName!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Birth date as recorded; may differ from other agencies.' })
  birthDate!: string | null;

  @Field(() => ProvenanceType, { description: 'Where this record came from and when it last changed.' })
  provenance!: Provenance;
}

/** `Person` as this subgraph declares it: the key and its own hidden links field. */
export const BehavioralHealthPersonType = createAgencyPersonType(AGENCY_SYSTEMS.behavioralHealth);
