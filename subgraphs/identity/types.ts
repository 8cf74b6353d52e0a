/** The identity subgraph's types: the common client and its links — never agency records. */
import { Directive, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { LinkMethod } from '../../adapters/identity/port.js';
import { DateTimeISO } from '../shared/scalars.js';

export const LinkMethodEnum = {
  DETERMINISTIC: 'DETERMINISTIC',
  PROBABILISTIC: 'PROBABILISTIC',
  PPRL: 'PPRL',
  CLERICAL_REVIEW: 'CLERICAL_REVIEW',
  SEEDED: 'SEEDED',
} as const satisfies Record<LinkMethod, LinkMethod>;

registerEnumType(LinkMethodEnum, {
  name: 'LinkMethod',
  description: 'How a link between a hub person and an agency record was made.',
  valuesConfig: {
    DETERMINISTIC: { description: 'Exact agreement on identifiers the agencies share.' },
    PROBABILISTIC: { description: 'Record linkage scored the pair in the match band.' },
    PPRL: { description: 'Privacy-preserving record linkage (keyed Bloom filters, no plaintext identifiers) scored the pair in the match band.' },
    CLERICAL_REVIEW: { description: 'An integration specialist confirmed the pair in the review queue.' },
    SEEDED: { description: 'Loaded with the synthetic demo data, whose truth is known.' },
  },
});

@ObjectType('AgencyLink', {
  description: "A link from a hub person to one agency system's own record of that person.",
})
@Directive('@shareable')
export class AgencyLinkType {
  @Field(() => String, { description: 'The agency system, for example `child-welfare` or `schools`.' })
  system!: string;

  @Field(() => ID, { description: "The person's id in that agency system." })
  localId!: string;

  @Field(() => LinkMethodEnum, { description: 'How the link was made.' })
  method!: LinkMethod;

  @Field(() => Float, { description: 'Match confidence between 0 and 1.' })
  score!: number;

  @Field(() => DateTimeISO, { description: 'When the link was made.' })
  linkedAt!: string;

  @Field(() => String, {
    nullable: true,
    description: "The subject id of the integration specialist who confirmed the link, or null for a link the linker made on its own.",
  })
  confirmedBy?: string | null;

  @Field(() => DateTimeISO, { nullable: true, description: 'When the link was confirmed, or null when nobody confirmed it.' })
  confirmedAt?: string | null;
}

@ObjectType('Person', {
  description:
    "The common client: one person known to several agencies. The hub keeps only the person's links; each agency's subgraph adds its own view of the person from its own system.",
})
@Directive('@key(fields: "id")')
export class PersonType {
  @Field(() => ID, { description: 'The hub person id, e.g. `P-000042`. Stable across agencies.' })
  id!: string;
}

@ObjectType('LocalRecord', {
  description: "One agency system's record of a person, named by system and local id.",
})
@Directive('@key(fields: "system localId")')
export class LocalRecordType {
  @Field(() => String, { description: 'The agency system that holds the record.' })
  system!: string;

  @Field(() => ID, { description: "The record's id in that agency system." })
  localId!: string;
}
