/**
 * What staff enter to record a consent: the signed form's content, FHIR Consent shaped. The hub
 * fills in who recorded it (the caller) and when; the owner's subgraph fixes the kind (or offers
 * the kinds it holds). Lists may be empty and the form may be missing here on purpose: the
 * registry's rules then answer with every problem at once (BAD_USER_INPUT), in the words of the law.
 */
import { Field, ID, InputType } from 'type-graphql';
import type { PurposeOfUse } from '../../security/caller.js';
import { LocalDate } from '../../scalars.js';
import type { DataClass, Grantor, SubjectCapacity } from '../types.js';
import {
  ConsentDataClassEnum,
  ConsentPurposeEnum,
  ConsentRecipientKindEnum,
  ConsentSignerRelationshipEnum,
  ConsentSubjectCapacityEnum,
} from './consent-enums.js';

@InputType('ConsentSignerInput', { description: 'A person who signed the form.' })
export class ConsentSignerInput {
  @Field(() => String, { description: 'The name as signed.' })
  name!: string;

  @Field(() => ConsentSignerRelationshipEnum, { description: 'How the signer relates to the person the consent is about.' })
  relationship!: Grantor['relationship'];

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Set when the program has flagged this signer as the abuser (of the person, or of the minor\'s other parent): a VAWA release signed by such a person is refused (34 U.S.C. 12291(b)(2)).',
  })
  flaggedAbuser!: boolean;
}

@InputType('ConsentRecipientInput', { description: 'Who may receive, as the form names them.' })
export class ConsentRecipientInput {
  @Field(() => ConsentRecipientKindEnum, { description: 'Whether `reference` names an organization, a role in an organization, or a person.' })
  kind!: 'organization' | 'role' | 'person';

  @Field(() => String, { description: "The organization id (e.g. `county-child-welfare`), the hub role (e.g. `caseworker`), or the person's subject id." })
  reference!: string;

  @Field(() => String, { description: 'The recipient as written on the form.' })
  display!: string;

  @Field(() => String, { nullable: true, description: 'Required for a role: the organization its holder must call from.' })
  organization?: string | null;
}

@InputType('ConsentPeriodInput', { description: 'How long the consent runs. A bare end date covers that whole day (UTC).' })
export class ConsentPeriodInput {
  @Field(() => String, { description: 'First day (`YYYY-MM-DD`) or instant (ISO 8601 with offset) it permits.' })
  start!: string;

  @Field(() => String, { nullable: true, description: 'Last day or instant it permits. A VAWA release must have one.' })
  end?: string | null;
}

@InputType('ConsentDocumentInput', { description: 'Where the signed form is kept. Every kind needs one: oral consent is never enough.' })
export class ConsentDocumentInput {
  @Field(() => String, { description: 'A reference to the stored form, e.g. `DocumentReference/rel-2026-0142`.' })
  reference!: string;

  @Field(() => String, { defaultValue: 'application/pdf', description: 'Its media type.' })
  contentType!: string;
}

/**
 * The fields every kind of consent has; each owner's input extends it (see its consent wiring).
 * Registered as an input type only so type-graphql lets subclasses inherit its fields; no field
 * takes it, so it never appears in a schema.
 */
@InputType('ConsentInputBase', { description: 'The fields every kind of consent has.' })
export abstract class ConsentInputBase {
  @Field(() => ID, { description: 'The hub person id the consent is about. The policy rules match it on the very next request.' })
  personId!: string;

  @Field(() => ConsentSubjectCapacityEnum, { defaultValue: 'adult', description: 'Adult, minor, minor who may consent alone, or adult with a guardian: decides who must sign.' })
  subjectStanding!: SubjectCapacity;

  @Field(() => [ConsentSignerInput], { description: 'Everyone who signed.' })
  signers!: ConsentSignerInput[];

  @Field(() => [ConsentRecipientInput], { description: 'Who may receive. A VAWA release names one recipient.' })
  recipients!: ConsentRecipientInput[];

  @Field(() => [ConsentPurposeEnum], { description: 'The purposes of use it permits; a recipient asking for another purpose gets nothing.' })
  purposes!: PurposeOfUse[];

  @Field(() => [ConsentDataClassEnum], { description: 'The classes of information it covers (SDV for a VAWA release, SUD for Part 2, EDU for FERPA).' })
  dataClasses!: DataClass[];

  @Field(() => ConsentPeriodInput, { description: 'How long it runs.' })
  period!: ConsentPeriodInput;

  @Field(() => LocalDate, { description: 'The date it was signed; not in the future.' })
  signedOn!: string;

  @Field(() => ConsentDocumentInput, { nullable: true, description: 'The signed form. Required by every kind; omitted, the consent is refused.' })
  signedForm?: ConsentDocumentInput | null;

  @Field(() => Boolean, { defaultValue: false, description: 'The form states the right to revoke and how (required for Part 2 and HIPAA).' })
  rightToRevokeAcknowledged!: boolean;

  @Field(() => String, { nullable: true, description: 'An expiration event instead of (or besides) an end date, e.g. "end of treatment".' })
  expirationEvent?: string | null;
}
