import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { loadRecord } from '../shared/load-record.js';
import type { IdentityContext } from './context.js';
import { AgencyLinkType, PersonType } from './types.js';

@Resolver(() => PersonType)
export class PersonResolver {
  @Query(() => PersonType, {
    nullable: true,
    description:
      'The unified view of one common client: start here, then ask for each agency view you need (`childWelfare`, `behavioralHealth`, `dvServices`, `education`).',
  })
  async person(@Arg('id', () => ID, { description: 'The hub person id.' }) id: string, @Ctx() ctx: IdentityContext) {
    return resolvePerson(id, ctx);
  }

  @FieldResolver(() => [AgencyLinkType], {
    description: "The person's links to agency records: which agency systems know this person, under which local id, and how sure the link is.",
  })
  async links(
    @Root() person: PersonType,
    @Ctx() ctx: IdentityContext,
    @Arg('system', () => String, { nullable: true, description: 'Only links to this agency system.' })
    system?: string | null,
  ) {
    const links = (await loadRecord('identity', ctx.loaders.linksByPersonId.load(person.id))) ?? [];
    return system ? links.filter((link) => link.system === system) : links;
  }
}

/** A Person exists in the hub when it has at least one link; otherwise it is unknown (null). */
export async function resolvePerson(id: string, ctx: IdentityContext): Promise<PersonType | null> {
  const links = await loadRecord('identity', ctx.loaders.linksByPersonId.load(id));
  return links ? { id } : null;
}
