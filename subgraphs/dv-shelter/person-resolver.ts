/**
 * The DV program's contribution to the common client: `Person.dvServices`. The local id comes
 * from identity's links through `@requires` (own system's links only: even the fact that a
 * person is known to a DV program is protected); this subgraph keeps no crosswalk.
 */
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { localIdsFor, requiresOwnLinks, type PersonRepresentation } from '../shared/own-links.js';
import { loadRecord } from '../shared/load-record.js';
import { guard } from '../shared/policy/guard.js';
import type { SubgraphRequestContext } from '../shared/subgraph-server.js';
import type { DvShelterContext } from './context.js';
import { toDvServicesRecord } from './hmis-views.js';
import { DvServicesRecordType, DvShelterPersonType } from './types.js';

@Resolver(() => DvShelterPersonType)
export class DvShelterPersonResolver {
  @FieldResolver(() => DvServicesRecordType, {
    nullable: true,
    description: "The domestic violence program's record of this person, or null when it has none.",
  })
  @Directive(requiresOwnLinks(AGENCY_SYSTEMS.dvShelter))
  async dvServices(
    @Root() person: PersonRepresentation,
    @Ctx() ctx: DvShelterContext & SubgraphRequestContext,
  ): Promise<DvServicesRecordType | null> {
    const [localId] = localIdsFor(person, AGENCY_SYSTEMS.dvShelter);
    // Decide before looking anything up: a denied caller gets the same answer whether or not
    // the program knows this person (VAWA protects even the fact of enrollment).
    await guard(ctx, 'Person.dvServices', { personId: person.id, localId: localId ?? null });
    if (!localId) return null;
    const client = await loadRecord(ctx.system, ctx.loaders.client.load(localId));
    return client ? toDvServicesRecord(client) : null;
  }
}
