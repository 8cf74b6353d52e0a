import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { loadRecord } from '../shared/load-record.js';
import type { IdentityContext } from './context.js';
import { mayShowLink } from './protected-links.js';
import { AgencyLinkType, PersonType } from './types.js';

@Resolver(() => PersonType)
export class PersonResolver {
  @Query(() => PersonType, {
    nullable: true,
    description:
      'The unified view of one common client: start here, then ask for each agency view you need (`childWelfare`, `behavioralHealth`, `dvServices`, `education`). The hub does not say whether it knows an id: an unknown id answers a person with no links and no agency views, exactly like a person known only to a program whose records you may not see.',
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
    return links.filter((link) => (!system || link.system === system) && mayShowLink(link.system, ctx.request?.caller));
  }
}

/**
 * Any well-formed id resolves to a Person, known or not. Answering null for unknown ids would
 * let a caller tell "known only to a DV program" (whose links it may not see) from "unknown"
 * (VAWA, 34 U.S.C. 12291(b)(2): not even the fact of enrollment may leave). A malformed id is
 * still an INVALID_LOCAL_ID error.
 */
export async function resolvePerson(id: string, ctx: IdentityContext): Promise<PersonType> {
  await loadRecord('identity', ctx.loaders.linksByPersonId.load(id));
  return { id };
}
