/**
 * Every agency subgraph declares identity's `Person.links(system:)` as `@external` so it can
 * `@requires` it. The declaration must carry the same argument as identity's field, and an
 * argument needs a field resolver in type-graphql: this base class provides it once (type-graphql
 * resolver inheritance). Federation never routes `links` to an agency subgraph; the resolver
 * only echoes what the gateway sent in the representation.
 */
import { Arg, type ClassType, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { AgencyLinkRef, type PersonRepresentation } from './federation-refs.js';

export function createPersonLinksResolver(personType: ClassType) {
  @Resolver(() => personType)
  abstract class PersonLinksResolver {
    @Directive('@external')
    @FieldResolver(() => [AgencyLinkRef], {
      description: "The person's links to agency records (owned by the identity subgraph).",
    })
    links(
      @Root() person: PersonRepresentation,
      @Arg('system', () => String, { nullable: true, description: 'Only links to this agency system.' })
      system?: string | null,
    ): AgencyLinkRef[] {
      const links = person.links ?? [];
      return system ? links.filter((link) => link.system === system) : links;
    }
  }
  return PersonLinksResolver;
}
