/** The review queue's GraphQL types: pairs side by side, masked (link-store/review-field-policy.ts). */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../shared/scalars.js';

@ObjectType('LinkReviewRecord', {
  description: 'One side of a review candidate: an agency record, showing only what an integration specialist may see.',
})
export class LinkReviewRecordType {
  @Field(() => String, { description: 'The agency system holding the record.' })
  system!: string;

  @Field(() => ID, { description: "The record's id in that agency system." })
  localId!: string;

  @Field(() => String, { nullable: true, description: 'Given name as the agency recorded it.' })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: 'Middle name as the agency recorded it.' })
  middleName!: string | null;

  @Field(() => String, { nullable: true, description: 'Family name as the agency recorded it.' })
  lastName!: string | null;

  @Field(() => String, { nullable: true, description: 'Generational suffix (Jr, Sr, II), when the agency keeps it apart.' })
  suffix!: string | null;

  @Field(() => Int, { nullable: true, description: 'Birth year only; whether the full dates agree is in `comparisons`.' })
  birthYear!: number | null;

  @Field(() => String, { nullable: true, description: 'FEMALE, MALE or UNKNOWN, as recorded.' })
  sex!: string | null;

  @Field(() => String, { nullable: true, description: 'The first three ZIP digits, e.g. `954**`.' })
  zip!: string | null;

  @Field(() => String, { nullable: true, description: 'The last four SSN digits at most; the full number is never shown.' })
  ssnLast4!: string | null;
}

@ObjectType('FieldComparison', { description: 'How one field of the two records compared.' })
export class FieldComparisonType {
  @Field(() => String, { description: 'The field: given, surname, middle, birthDate, ssn, sex, zip or suffix.' })
  field!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The comparison level, e.g. `exact`, `nickname`, `day-month swap`, `different`; null when a side lacks the field.',
  })
  level!: string | null;
}

@ObjectType('LinkReviewCandidate', {
  description: 'A pair of agency records the linker scored in the middle band: an integration specialist decides whether they are one person.',
})
export class LinkReviewCandidateType {
  @Field(() => ID, { description: 'The candidate id, for acceptLinkCandidate and rejectLinkCandidate.' })
  id!: string;

  @Field(() => LinkReviewRecordType, { description: 'One record of the pair.' })
  a!: LinkReviewRecordType;

  @Field(() => LinkReviewRecordType, { description: 'The other record of the pair.' })
  b!: LinkReviewRecordType;

  @Field(() => Float, { description: 'The match probability the linker gave the pair (0 to 1).' })
  probability!: number;

  @Field(() => Float, { description: 'The Fellegi-Sunter match weight (log2 likelihood ratio with prior odds).' })
  weight!: number;

  @Field(() => [FieldComparisonType], { description: 'Field by field, how the two records compared.' })
  comparisons!: FieldComparisonType[];

  @Field(() => String, { description: 'PENDING, ACCEPTED or REJECTED.' })
  status!: string;

  @Field(() => DateTimeISO, { description: 'When the linker queued the pair.' })
  queuedAt!: string;

  @Field(() => String, { nullable: true, description: 'Subject id of the specialist who decided, or null while pending.' })
  decidedBy!: string | null;

  @Field(() => DateTimeISO, { nullable: true, description: 'When the decision was made, or null while pending.' })
  decidedAt!: string | null;

  @Field(() => String, { nullable: true, description: "The specialist's reason for the decision." })
  note!: string | null;
}

@ObjectType('LinkReviewQueue', { description: 'A page of pending review candidates, oldest first.' })
export class LinkReviewQueueType {
  @Field(() => [LinkReviewCandidateType], { description: 'The candidates on this page.' })
  candidates!: LinkReviewCandidateType[];

  @Field(() => Int, { description: 'How many candidates are pending in all.' })
  totalCount!: number;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null when the page is empty.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether more pending candidates follow this page.' })
  hasNextPage!: boolean;
}
