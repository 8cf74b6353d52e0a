/**
 * The school district's contribution to the common client: `Person.education`. The local id
 * comes from identity's links through `@requires`; this subgraph keeps no crosswalk.
 */
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { localIdsFor, requiresOwnLinks, type PersonRepresentation } from '../shared/own-links.js';
import { loadRecord } from '../shared/load-record.js';
import type { SchoolsContext } from './context.js';
import { EducationRecordType, SchoolsPersonType } from './types.js';

@Resolver(() => SchoolsPersonType)
export class SchoolsPersonResolver {
  @FieldResolver(() => EducationRecordType, {
    nullable: true,
    description: "The school district's record of this person as a student, or null when it has none.",
  })
  @Directive(requiresOwnLinks(AGENCY_SYSTEMS.schools))
  async education(@Root() person: PersonRepresentation, @Ctx() ctx: SchoolsContext): Promise<EducationRecordType | null> {
    const [localId] = localIdsFor(person, AGENCY_SYSTEMS.schools);
    if (!localId) return null;
    return loadRecord(ctx.system, ctx.loaders.student.load(localId));
  }
}
