import { Directive, Field, ObjectType } from 'type-graphql';
import { DateTimeISO } from './scalars.js';

/** Shared by every agency subgraph (hence `@shareable`): where a record came from. */
@ObjectType('Provenance', {
  description:
    'Where an agency record came from and how fresh it is, so a dashboard can show its source and age.',
})
@Directive('@shareable')
export class ProvenanceType {
  @Field(() => String, {
    description: 'The agency system of record, as named in identity links (for example `child-welfare`).',
  })
  sourceSystem!: string;

  @Field(() => DateTimeISO, { description: 'When the source system last changed this record.' })
  lastUpdated!: string;
}
