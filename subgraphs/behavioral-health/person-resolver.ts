/**
 * Behavioral health's contribution to the common client: `Person.behavioralHealth`. The local
 * id comes from identity's links through `@requires`; this subgraph keeps no crosswalk.
 */
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { localIdsFor, requiresOwnLinks, type PersonRepresentation } from '../shared/own-links.js';
import { loadRecord } from '../shared/load-record.js';
import { guard } from '../shared/policy/guard.js';
import type { BehavioralHealthRequestContext } from './context.js';
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
    @Ctx() ctx: BehavioralHealthRequestContext,
  ): Promise<BehavioralHealthRecordType | null> {
    const [localId] = localIdsFor(person, AGENCY_SYSTEMS.behavioralHealth);
    // Decided before anything is looked up, so the answer to a denied caller cannot depend on
    // whether this person is a patient (PSY; for a Part 2 program, even that is SUD information).
    await guard(ctx, 'Person.behavioralHealth', { personId: person.id, localId: localId ?? null });
    if (!localId) return null;
    const patient = await loadRecord(ctx.system, ctx.loaders.patient.load(localId));
    // The hub person id rides along (not in the schema) for the decisions further down the record.
    return patient ? { ...patient, personId: person.id } : null;
  }
}
