/**
 * The pieces of identity's types that an agency subgraph needs to join the common client:
 * - `AgencyLink` (shareable value type), the shape of the links an agency `@requires`;
 * - `LocalRecord` as a stub (`resolvable: false`) so an agency can point at one of its own
 *   records and let identity turn it into a Person.
 * An agency subgraph keeps no crosswalk of its own: it learns its local id from the links the
 * gateway fetched from identity, and names its records by local id only.
 */
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('AgencyLink', {
  description: "A link from a hub person to one agency system's own record of that person.",
})
@Directive('@shareable')
export class AgencyLinkRef {
  @Field(() => String, { description: 'The agency system, for example `child-welfare` or `schools`.' })
  system!: string;

  @Field(() => ID, { description: "The person's id in that agency system." })
  localId!: string;
}

@ObjectType('LocalRecord', {
  description:
    "One agency system's record of a person, named by system and local id. The identity subgraph resolves it to the hub Person.",
})
@Directive('@key(fields: "system localId", resolvable: false)')
export class LocalRecordRef {
  @Field(() => String, { description: 'The agency system that holds the record.' })
  system!: string;

  @Field(() => ID, { description: "The record's id in that agency system." })
  localId!: string;
}
