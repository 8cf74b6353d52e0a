/**
 * The hidden per-agency link fields (see subgraphs/shared/own-links.ts): each returns only
 * that agency's links, and is `@inaccessible`, so only the query planner can ask for it.
 */
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AgencyLink } from '../../adapters/identity/port.js';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { loadRecord } from '../shared/load-record.js';
import type { IdentityContext } from './context.js';
import { AgencyLinkType, PersonType } from './types.js';

async function linksIn(system: string, person: PersonType, ctx: IdentityContext): Promise<AgencyLink[]> {
  const links = (await loadRecord('identity', ctx.loaders.linksByPersonId.load(person.id))) ?? [];
  return links.filter((link) => link.system === system);
}

const hidden = (system: string) => ({
  description: `The person's links to ${system} only; for the ${system} subgraph's @requires, not for clients.`,
});

@Resolver(() => PersonType)
export class OwnLinksResolver {
  @FieldResolver(() => [AgencyLinkType], hidden(AGENCY_SYSTEMS.childWelfare))
  @Directive('@inaccessible')
  childWelfareLinks(@Root() person: PersonType, @Ctx() ctx: IdentityContext) {
    return linksIn(AGENCY_SYSTEMS.childWelfare, person, ctx);
  }

  @FieldResolver(() => [AgencyLinkType], hidden(AGENCY_SYSTEMS.behavioralHealth))
  @Directive('@inaccessible')
  behavioralHealthLinks(@Root() person: PersonType, @Ctx() ctx: IdentityContext) {
    return linksIn(AGENCY_SYSTEMS.behavioralHealth, person, ctx);
  }

  @FieldResolver(() => [AgencyLinkType], hidden(AGENCY_SYSTEMS.dvShelter))
  @Directive('@inaccessible')
  dvShelterLinks(@Root() person: PersonType, @Ctx() ctx: IdentityContext) {
    return linksIn(AGENCY_SYSTEMS.dvShelter, person, ctx);
  }

  @FieldResolver(() => [AgencyLinkType], hidden(AGENCY_SYSTEMS.schools))
  @Directive('@inaccessible')
  schoolsLinks(@Root() person: PersonType, @Ctx() ctx: IdentityContext) {
    return linksIn(AGENCY_SYSTEMS.schools, person, ctx);
  }
}
