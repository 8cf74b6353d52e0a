/** FHIR R4-shaped clinical types: EpisodeOfCare, Condition and CarePlan. */
import { Field, ID, ObjectType } from 'type-graphql';
import type { Provenance } from '../../adapters/port/provenance.js';
import { ProvenanceType } from '../shared/provenance-type.js';
import { LocalDate } from '../shared/scalars.js';
import {
  CarePlanIntentEnum,
  CarePlanKindEnum,
  CarePlanStatusEnum,
  ConditionCategoryEnum,
  ConditionClinicalStatusEnum,
  EpisodeOfCareStatusEnum,
} from './enums.js';
import type {
  CarePlanIntentValue,
  CarePlanKind,
  CarePlanStatusValue,
  ConditionCategoryValue,
  ConditionClinicalStatusValue,
  EpisodeStatusValue,
} from './fhir-codes.js';
import { FhirCodingType, FhirReferenceType } from './types.js';

@ObjectType('EpisodeOfCare', {
  description:
    "A period during which a behavioral health organization is responsible for a person's care (FHIR R4 EpisodeOfCare).",
})
export class EpisodeOfCareType {
  @Field(() => ID, { description: "The episode's id in the behavioral health system." })
  id!: string;

  @Field(() => EpisodeOfCareStatusEnum, { description: 'Where the episode stands; ACTIVE means care is ongoing.' })
  status!: EpisodeStatusValue;

  @Field(() => String, { description: 'The kind of service, e.g. "Outpatient mental health".' })
  type!: string;

  @Field(() => LocalDate, { description: 'First day of the episode (EpisodeOfCare.period.start).' })
  periodStart!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the episode; null while it continues.' })
  periodEnd!: string | null;

  @Field(() => FhirReferenceType, { description: 'The organization responsible for the episode.' })
  managingOrganization!: FhirReferenceType;

  @Field(() => FhirReferenceType, { nullable: true, description: 'The care manager coordinating the care, if assigned.' })
  careManager!: FhirReferenceType | null;

  @Field(() => ProvenanceType, { description: 'Where this record came from and when it last changed.' })
  provenance!: Provenance;
}

@ObjectType('Condition', { description: 'A diagnosis or health concern (FHIR R4 Condition).' })
export class ConditionType {
  @Field(() => ID, { description: "The condition's id in the behavioral health system." })
  id!: string;

  @Field(() => FhirCodingType, { description: 'What the condition is, as a coded diagnosis.' })
  code!: FhirCodingType;

  @Field(() => ConditionCategoryEnum, { description: 'Problem-list item, encounter diagnosis or health concern.' })
  category!: ConditionCategoryValue;

  @Field(() => ConditionClinicalStatusEnum, { description: 'Whether the condition is current.' })
  clinicalStatus!: ConditionClinicalStatusValue;

  @Field(() => LocalDate, { description: 'Date the condition was first recorded.' })
  recordedDate!: string;

  @Field(() => ProvenanceType, { description: 'Where this record came from and when it last changed.' })
  provenance!: Provenance;
}

@ObjectType('CarePlan', { description: 'A treatment or crisis plan for the person (FHIR R4 CarePlan).' })
export class CarePlanType {
  @Field(() => ID, { description: "The plan's id in the behavioral health system." })
  id!: string;

  @Field(() => String, { description: "The plan's title." })
  title!: string;

  @Field(() => CarePlanKindEnum, { description: 'Crisis (safety) plan or treatment plan.' })
  kind!: CarePlanKind;

  @Field(() => CarePlanStatusEnum, { description: 'Whether the plan is in effect.' })
  status!: CarePlanStatusValue;

  @Field(() => CarePlanIntentEnum, { description: 'How binding the plan is.' })
  intent!: CarePlanIntentValue;

  @Field(() => LocalDate, { description: 'First day the plan covers (CarePlan.period.start).' })
  periodStart!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day the plan covers; null when open-ended.' })
  periodEnd!: string | null;

  @Field(() => ProvenanceType, { description: 'Where this record came from and when it last changed.' })
  provenance!: Provenance;
}
