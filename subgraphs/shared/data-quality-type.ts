/**
 * The schema's side of `adapters/port/data-quality.ts`: the HMIS data-quality enum and one field's
 * code, shared by every agency subgraph through `Provenance` (hence `@shareable`, and one
 * definition here so the copies compose identically).
 */
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import type { DataQualityCode, DataQualityMeaning } from '../../adapters/port/data-quality.js';
import { describedEnum } from './described-enum.js';

export const HmisDataQualityEnum = describedEnum<DataQualityMeaning>(
  'HmisDataQuality',
  'How complete an identifying value is, in HUD HMIS data-quality codes (Name 3.01.5, SSN 3.02.2, DOB 3.03.2).',
  {
    FULL_REPORTED: { description: 'HMIS 1: full name / full SSN / full DOB reported.' },
    PARTIAL_OR_APPROXIMATE: {
      description: 'HMIS 2: partial, street or code name / approximate or partial SSN / approximate or partial DOB reported.',
    },
    CLIENT_DOES_NOT_KNOW: { description: "HMIS 8: client doesn't know." },
    CLIENT_PREFERS_NOT_TO_ANSWER: { description: 'HMIS 9: client prefers not to answer.' },
    DATA_NOT_COLLECTED: { description: 'HMIS 99: data not collected.' },
  },
);

@ObjectType('FieldDataQuality', {
  description: "The source system's data-quality code for one identifying field of a record, so a dashboard can show how sure the value is.",
})
@Directive('@shareable')
export class FieldDataQualityType {
  @Field(() => String, {
    description: 'The field the code qualifies: `name` (first, middle and last name together), `ssn` or `birthDate`.',
  })
  field!: string;

  @Field(() => Int, { description: 'The HMIS code as the source stores it: 1, 2, 8, 9 or 99.' })
  code!: DataQualityCode;

  @Field(() => HmisDataQualityEnum, { description: 'What the code means.' })
  meaning!: DataQualityMeaning;
}
