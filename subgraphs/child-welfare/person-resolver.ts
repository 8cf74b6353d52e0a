/**
 * Child welfare's contribution to the common client: `Person.childWelfare`. The local id comes
 * from identity's links through `@requires`; this subgraph keeps no crosswalk.
 */
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { localIdsFor, requiresOwnLinks, type PersonRepresentation } from '../shared/own-links.js';
import { CaseworkerAssignmentType, type CaseworkerAssignment } from '../shared/caseworker-assignment.js';
import { loadRecord } from '../shared/load-record.js';
import { guard } from '../shared/policy/guard.js';
import type { ChildWelfareContext, ChildWelfareRequestContext } from './context.js';
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
    @Ctx() ctx: ChildWelfareRequestContext,
  ): Promise<ChildWelfareRecordType | null> {
    const [localId] = localIdsFor(person, AGENCY_SYSTEMS.childWelfare);
    await guard(ctx, 'Person.childWelfare', { personId: person.id, localId: localId ?? null });
    if (!localId) return null;
    return loadRecord(ctx.system, ctx.loaders.child.load(localId));
  }

  @FieldResolver(() => [CaseworkerAssignmentType], {
    nullable: true,
    description:
      "Open cases' assigned caseworkers and placement responsibility, for other owners' rules (planner only); null when child welfare cannot say.",
  })
  @Directive('@inaccessible')
  @Directive(requiresOwnLinks(AGENCY_SYSTEMS.childWelfare))
  async caseworkerAssignments(
    @Root() person: PersonRepresentation,
    @Ctx() ctx: ChildWelfareContext,
  ): Promise<CaseworkerAssignment[] | null> {
    const [localId] = localIdsFor(person, AGENCY_SYSTEMS.childWelfare);
    if (!localId) return [];
    // Unknown rather than an error: another owner's rule then falls back to what it can verify
    // (for FERPA, consent), and that owner's data is not lost because child welfare is down.
    const cases = await ctx.loaders.casesByChild.load(localId).then(
      (found) => (found instanceof Error ? null : (found ?? [])),
      () => null,
    );
    if (cases === null) return null;
    return cases
      .filter((c) => c.status === 'OPEN')
      .map((c) => ({
        caseworkerId: c.caseworkerId,
        agencyOrganization: ctx.policy.organization,
        agencyHasPlacementResponsibility: c.agencyHasPlacementResponsibility,
      }));
  }
}
