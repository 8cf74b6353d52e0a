import { Directive, Field, ObjectType } from 'type-graphql';
import type { FieldDataQuality } from '../../adapters/port/data-quality.js';
import { FieldDataQualityType } from './data-quality-type.js';
import { DateTimeISO } from './scalars.js';

/** Shared by every agency subgraph (hence `@shareable`): where a record came from. */
@ObjectType('Provenance', {
  description:
    'Where an agency record came from, how fresh it is and how sure the source is of it, so a dashboard can show its source, age and data quality.',
})
@Directive('@shareable')
export class ProvenanceType {
  @Field(() => String, {
    description: 'The agency system of record, as named in identity links (for example `child-welfare`).',
  })
  sourceSystem!: string;

  @Field(() => DateTimeISO, { description: 'When the source system last changed this record.' })
  lastUpdated!: string;

  @Field(() => [FieldDataQualityType], {
    nullable: true,
    description:
      "The source's data-quality code for each identifying field it qualifies (HMIS codes; for example an approximate birth date), in the source's order. Null when the source system records no data-quality codes.",
  })
  dataQuality?: FieldDataQuality[];
}
