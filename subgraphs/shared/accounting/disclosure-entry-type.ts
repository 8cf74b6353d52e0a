/**
 * One line of a data owner's accounting of disclosures, as GraphQL serves it to a privacy officer:
 * when, to whom, why, what (labels and fields, released or refused), on what basis, in which
 * request, and whether an emergency override was in force (HIPAA 45 CFR 164.528(b)(2); 42 CFR
 * 2.24; FERPA 34 CFR 99.32(a)). Defined once and `@shareable`: every owner serves the same shape.
 */
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { AuditEntry } from '../audit/types.js';
import { describedEnum } from '../described-enum.js';
import { DateTimeISO } from '../scalars.js';

export const DisclosureDecisionEnum = describedEnum<AuditEntry['decision']>(
  'DisclosureDecision',
  "What the data owner decided about a request for a person's data.",
  {
    PERMIT: { description: 'Released: the data left the owner on the basis recorded.' },
    DENY: { description: 'Refused: nothing left the owner; the basis is the rule that refused.' },
  },
);

@ObjectType('DisclosureRecipient', { description: 'Who asked, as the hub gateway vouched for them.' })
@Directive('@shareable')
export class DisclosureRecipientType {
  @Field(() => String, { description: "The person's stable id at their identity provider." })
  subject!: string;

  @Field(() => String, { description: 'Their name, as their identity provider gave it.' })
  name!: string;

  @Field(() => String, { description: 'Their organization id, e.g. `county-child-welfare`.' })
  organization!: string;

  @Field(() => [String], { description: 'Their hub roles, e.g. `caseworker`.' })
  roles!: string[];
}

@ObjectType('BreakGlassDeclaration', {
  description: 'An emergency override the caller declared; every request made under one is listed for the privacy officer.',
})
@Directive('@shareable')
export class BreakGlassDeclarationType {
  @Field(() => String, { description: 'The emergency, in the words the caller gave.' })
  reason!: string;

  @Field(() => DateTimeISO, { description: 'When the declared window ended (or ends).' })
  expiresAt!: string;
}

@ObjectType('DisclosureEntry', {
  description:
    "One decision a data owner recorded about a person's data, from its own hash-chained audit: a line of its accounting of disclosures.",
})
@Directive('@shareable')
export class DisclosureEntryType {
  @Field(() => Int, { description: "The entry's number in the owner's audit chain (1, 2, 3, ... without gaps)." })
  sequence!: number;

  @Field(() => DateTimeISO, { description: "When the decision was recorded (the audit database's clock, UTC)." })
  recordedAt!: string;

  @Field(() => String, { description: 'The data owner that decided and recorded it, e.g. `behavioral-health`.' })
  dataOwner!: string;

  @Field(() => DisclosureDecisionEnum, { description: 'Released or refused.' })
  decision!: AuditEntry['decision'];

  @Field(() => DisclosureRecipientType, { description: 'Who asked (the recipient of a release).' })
  recipient!: DisclosureRecipientType;

  @Field(() => String, { description: 'The purpose of use the caller declared (HL7 v3 PurposeOfUse, e.g. `COC`, `ETREAT`).' })
  purposeOfUse!: string;

  @Field(() => BreakGlassDeclarationType, {
    nullable: true,
    description: 'The emergency override in force for the request, or null when there was none.',
  })
  breakGlass!: BreakGlassDeclarationType | null;

  @Field(() => ID, { nullable: true, description: 'The hub person id, or null when the entry names only the agency record.' })
  personId!: string | null;

  @Field(() => String, { description: "The agency system holding the record, e.g. `dv-shelter`." })
  system!: string;

  @Field(() => String, { description: "The record's id in that system; empty when the owner holds no record of the person." })
  localId!: string;

  @Field(() => [String], { description: 'Security labels of what was released or refused (DS4P: SOC, EDU, PSY, SUD, SDV).' })
  labels!: string[];

  @Field(() => [String], { description: 'Schema coordinates released or refused, e.g. `Person.dvServices`.' })
  fields!: string[];

  @Field(() => String, {
    description: 'What the release rested on (a consent, a statute, an override), or for a refusal the rule that refused.',
  })
  legalBasis!: string;

  @Field(() => String, { description: 'The federated request id: every owner\'s entries for one request share it.' })
  requestId!: string;

  @Field(() => String, { description: "The entry's SHA-256 hash in the chain, to cite when checking it with `npm run audit:verify`." })
  hash!: string;
}

export function toDisclosureEntry(entry: AuditEntry): DisclosureEntryType {
  return {
    sequence: entry.sequence,
    recordedAt: entry.recordedAt,
    dataOwner: entry.subgraph,
    decision: entry.decision,
    recipient: { ...entry.actor, roles: [...entry.actor.roles] },
    purposeOfUse: entry.purposeOfUse,
    breakGlass: entry.breakGlass ?? null,
    personId: entry.personId,
    system: entry.system,
    localId: entry.localId,
    labels: entry.labels,
    fields: entry.fields,
    legalBasis: entry.legalBasis,
    requestId: entry.requestId,
    hash: entry.hash,
  };
}
