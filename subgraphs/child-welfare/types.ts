/** Child welfare's object types: a CCWIS-shaped view of cases, removals and placements. */
import { Field, ID, ObjectType } from 'type-graphql';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { createAgencyPersonType } from '../shared/agency-person.js';
import type {
  DischargeReason,
  PermanencyGoal,
  PlacementSetting,
  RemovalCircumstance,
} from '../../adapters/child-welfare/port.js';
import type { Provenance } from '../../adapters/port/provenance.js';
import { LocalRecordRef } from '../shared/federation-refs.js';
import { ProvenanceType } from '../shared/provenance-type.js';
import { LocalDate } from '../shared/scalars.js';
import {
  CaseStatusEnum,
  DischargeReasonEnum,
  PermanencyGoalEnum,
  PlacementSettingEnum,
  RemovalCircumstanceEnum,
  SexEnum,
} from './enums.js';

@ObjectType('Placement', { description: 'One placement episode: where the child lived, from when to when.' })
export class PlacementType {
  @Field(() => ID, { description: "The placement's id in the child welfare system." })
  placementId!: string;

  @Field(() => PlacementSettingEnum, { description: 'The AFCARS placement setting.' })
  setting!: PlacementSetting;

  @Field(() => LocalDate, { description: 'First day of the placement.' })
  beginDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the placement; null while it continues.' })
  endDate!: string | null;

  @Field(() => String, {
    description: "The caregiver's or facility's program name. Never a street address.",
  })
  providerName!: string;
}

@ObjectType('Removal', { description: "A removal from the child's home into foster care." })
export class RemovalType {
  @Field(() => ID, { description: "The removal's id in the child welfare system." })
  removalId!: string;

  @Field(() => LocalDate, { description: 'Date of removal.' })
  removalDate!: string;

  @Field(() => [RemovalCircumstanceEnum], { description: 'AFCARS circumstances present at removal.' })
  circumstances!: RemovalCircumstance[];

  @Field(() => LocalDate, { nullable: true, description: 'Date the child left foster care; null while in care.' })
  dischargeDate!: string | null;

  @Field(() => DischargeReasonEnum, { nullable: true, description: 'Why the child left care; null while in care.' })
  dischargeReason!: DischargeReason | null;
}

@ObjectType('Court', { description: 'The court with jurisdiction over the case.' })
export class CourtType {
  @Field(() => String, { description: "The court's name." })
  name!: string;

  @Field(() => String, { description: 'The county the court sits in.' })
  county!: string;
}

@ObjectType('Caseworker', { description: 'A child welfare caseworker, with their caseload.' })
export class CaseworkerType {
  @Field(() => ID, { description: "The caseworker's id in the child welfare system." })
  caseworkerId!: string;

  @Field(() => String, { description: "The caseworker's first name." })
  firstName!: string;

  @Field(() => String, { description: "The caseworker's last name." })
  lastName!: string;

  @Field(() => String, { description: 'The unit the caseworker belongs to.' })
  unit!: string;

  @Field(() => String, { description: 'The county the caseworker serves.' })
  county!: string;

  @Field(() => ProvenanceType, { description: 'Where this record came from and when it last changed.' })
  provenance!: Provenance;
}

@ObjectType('Case', {
  description: "A child welfare case for one child: its plan, court, removals, placements and assigned caseworker.",
})
export class CaseType {
  @Field(() => ID, { description: "The case's id in the child welfare system." })
  caseId!: string;

  @Field(() => CaseStatusEnum, { description: 'Whether the case is open.' })
  status!: 'OPEN' | 'CLOSED';

  @Field(() => LocalDate, { description: 'Date the case was opened.' })
  openedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date the case was closed; null while open.' })
  closedOn!: string | null;

  @Field(() => PermanencyGoalEnum, { description: "The case plan's permanency goal." })
  permanencyGoal!: PermanencyGoal;

  @Field(() => Boolean, {
    description:
      'Whether the agency has placement and care responsibility for the child (legal custody). FERPA (b)(1)(L) disclosures to the caseworker depend on it.',
  })
  agencyHasPlacementResponsibility!: boolean;

  @Field(() => CourtType, { description: 'The court of jurisdiction.' })
  court!: CourtType;

  @Field(() => [RemovalType], { description: 'Removals from home on this case, oldest first.' })
  removals!: RemovalType[];

  @Field(() => [PlacementType], { description: 'Placement history on this case, oldest first.' })
  placements!: PlacementType[];

  @Field(() => ProvenanceType, { description: 'Where this record came from and when it last changed.' })
  provenance!: Provenance;

  /** Not in the schema: resolved to `caseworker` and `child`. */
  caseworkerId!: string;
  childLocalId!: string;
}

@ObjectType('ChildWelfareRecord', {
  description: "The child welfare agency's record of a person: as the agency recorded them, and their cases.",
})
export class ChildWelfareRecordType {
  @Field(() => ID, { description: "The person's id in the child welfare system." })
  localId!: string;

  @Field(() => String, { description: 'First name as the child welfare agency recorded it.' })
  firstName!: string;

  @Field(() => String, { nullable: true, description: 'Middle name as recorded, if any.' })
  middleName!: string | null;

  @Field(() => String, { description: 'Last name as recorded.' })
  lastName!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Birth date as recorded; may differ from other agencies.' })
  birthDate!: string | null;

  @Field(() => SexEnum, { description: 'Sex as recorded.' })
  sex!: 'FEMALE' | 'MALE' | 'UNKNOWN';

  @Field(() => ProvenanceType, { description: 'Where this record came from and when it last changed.' })
  provenance!: Provenance;
}

/** `Person` as this subgraph declares it: the key and its own hidden links field. */
export const ChildWelfarePersonType = createAgencyPersonType(AGENCY_SYSTEMS.childWelfare);

export { LocalRecordRef };
