/**
 * Child welfare's contribution to the common client: `Person.childWelfare`. The local id comes
 * from identity's links through `@requires`; this subgraph keeps no crosswalk.
 */
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { localIdsFor, requiresOwnLinks, type PersonRepresentation } from '../shared/own-links.js';
import { loadRecord } from '../shared/load-record.js';
import type { ChildWelfareContext } from './context.js';
import { ChildWelfarePersonType, ChildWelfareRecordType } from './types.js';

@Resolver(() => ChildWelfarePersonType)
export class ChildWelfarePersonResolver {
  @FieldResolver(() => ChildWelfareRecordType, {
    nullable: true,
    description: "Child welfare's record of this person, or null when child welfare has none.",
  })
  @Directive(requiresOwnLinks(AGENCY_SYSTEMS.childWelfare))
  async childWelfare(
    @Root() person: PersonRepresentation,
    @Ctx() ctx: ChildWelfareContext,
  ): Promise<ChildWelfareRecordType | null> {
    const [localId] = localIdsFor(person, AGENCY_SYSTEMS.childWelfare);
    if (!localId) return null;
    return loadRecord(ctx.system, ctx.loaders.child.load(localId));
  }
}
