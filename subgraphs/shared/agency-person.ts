/**
 * The `Person` entity as an agency subgraph declares it: the key, and identity's hidden
 * per-agency link field as `@external` (see own-links.ts) so the agency's own field can
 * `@requires` it. One factory, so the four agency subgraphs cannot drift apart.
 */
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AgencyLinkRef } from './federation-refs.js';
import { OWN_LINKS_FIELD } from './own-links.js';

/** Identity's wording: composition keeps the description the subgraphs agree on. */
export const PERSON_DESCRIPTION =
  "The common client: one person known to several agencies. The hub keeps only the person's links; each agency's subgraph adds its own view of the person from its own system.";
export const PERSON_ID_DESCRIPTION = 'The hub person id, e.g. `P-000042`. Stable across agencies.';

export function createAgencyPersonType(system: keyof typeof OWN_LINKS_FIELD) {
  @ObjectType('Person', { description: PERSON_DESCRIPTION })
  @Directive('@key(fields: "id")')
  class AgencyPerson {
    @Field(() => ID, { description: PERSON_ID_DESCRIPTION })
    id!: string;
  }
  const linksField = OWN_LINKS_FIELD[system];
  Field(() => [AgencyLinkRef], {
    description: `The person's links to ${system} only; for the ${system} subgraph's @requires, not for clients.`,
  })(AgencyPerson.prototype, linksField);
  Directive('@external')(AgencyPerson.prototype, linksField);
  return AgencyPerson;
}
