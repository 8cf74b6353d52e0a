/**
 * The school district's contribution to the common client: `Person.education`. The local id
 * comes from identity's links through `@requires`; this subgraph keeps no crosswalk.
 */
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { localIdsFor, requiresOwnLinks, type PersonRepresentation } from '../shared/own-links.js';
import { loadRecord } from '../shared/load-record.js';
import { ASSIGNMENT_SELECTION, type CaseworkerAssignment } from '../shared/caseworker-assignment.js';
import { guard } from '../shared/policy/guard.js';
import type { SubgraphRequestContext } from '../shared/subgraph-server.js';
import type { SchoolsContext } from './context.js';
import { EducationRecordType, SchoolsPersonType } from './types.js';

@Resolver(() => SchoolsPersonType)
export class SchoolsPersonResolver {
  @FieldResolver(() => EducationRecordType, {
    nullable: true,
    description: "The school district's record of this person as a student, or null when it has none.",
  })
  @Directive(requiresOwnLinks(AGENCY_SYSTEMS.schools, ASSIGNMENT_SELECTION))
  async education(
    @Root() person: PersonRepresentation & { caseworkerAssignments?: CaseworkerAssignment[] | null },
    @Ctx() ctx: SchoolsContext & SubgraphRequestContext,
  ): Promise<EducationRecordType | null> {
    const [localId] = localIdsFor(person, AGENCY_SYSTEMS.schools);
    // FERPA decides before anything is read; child welfare's assignment facts came with the person.
    await guard(ctx, 'Person.education', {
      personId: person.id,
      localId: localId ?? null,
      caseworkerAssignments: person.caseworkerAssignments ?? [],
    });
    if (!localId) return null;
    return loadRecord(ctx.system, ctx.loaders.student.load(localId));
  }
}
