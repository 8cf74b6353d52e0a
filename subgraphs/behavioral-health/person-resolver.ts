/**
 * Behavioral health's contribution to the common client: `Person.behavioralHealth`. The local
 * id comes from identity's links through `@requires`; this subgraph keeps no crosswalk.
 */
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { localIdsFor, requiresOwnLinks, type PersonRepresentation } from '../shared/own-links.js';
import { loadRecord } from '../shared/load-record.js';
import type { BehavioralHealthContext } from './context.js';
import { BehavioralHealthPersonType, BehavioralHealthRecordType } from './types.js';

@Resolver(() => BehavioralHealthPersonType)
export class BehavioralHealthPersonResolver {
  @FieldResolver(() => BehavioralHealthRecordType, {
    nullable: true,
    description: "The behavioral health provider's record of this person, or null when it has none.",
  })
  @Directive(requiresOwnLinks(AGENCY_SYSTEMS.behavioralHealth))
  async behavioralHealth(
    @Root() person: PersonRepresentation,
    @Ctx() ctx: BehavioralHealthContext,
  ): Promise<BehavioralHealthRecordType | null> {
    const [localId] = localIdsFor(person, AGENCY_SYSTEMS.behavioralHealth);
    if (!localId) return null;
    return loadRecord(ctx.system, ctx.loaders.patient.load(localId));
  }
}
