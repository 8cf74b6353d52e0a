/**
 * How an agency subgraph learns its own local id for a Person without keeping a crosswalk.
 *
 * Identity serves, besides the public `Person.links`, one hidden field per agency system
 * (`childWelfareLinks`, `behavioralHealthLinks`, ...) marked `@inaccessible`: not part of the
 * public schema, usable only by the query planner. Each agency subgraph declares ITS field
 * `@external` and `@requires` it, so the gateway hands every agency that agency's own local
 * ids and nothing else. Had agencies required the full `links`, every agency would learn which
 * other agencies serve the person — for a DV program even the fact of enrollment is protected
 * (VAWA, 34 U.S.C. 12291(b)(2)); minimum necessary (45 CFR 164.502(b)) points the same way.
 *
 * (A `links(system:)` argument in `@requires` was tried first: @apollo/gateway 2.14 plans one
 * `links` fetch per entity and hands the same list to every agency, so per-agency arguments
 * cannot coexist in one plan.)
 */
import { AGENCY_SYSTEMS, type AgencySystem } from '../../adapters/port/agency-systems.js';

export const OWN_LINKS_FIELD = {
  [AGENCY_SYSTEMS.childWelfare]: 'childWelfareLinks',
  [AGENCY_SYSTEMS.behavioralHealth]: 'behavioralHealthLinks',
  [AGENCY_SYSTEMS.dvShelter]: 'dvShelterLinks',
  [AGENCY_SYSTEMS.schools]: 'schoolsLinks',
} as const satisfies Record<AgencySystem, string>;

export type OwnLinksField = (typeof OWN_LINKS_FIELD)[AgencySystem];

/** The `@requires` an agency subgraph puts on its Person field (plus any other owner's facts its rules need). */
export function requiresOwnLinks(system: AgencySystem, alsoRequired = ''): string {
  return `@requires(fields: "${OWN_LINKS_FIELD[system]} { system localId }${alsoRequired ? ` ${alsoRequired}` : ''}")`;
}

/** The representation an agency subgraph receives for a Person it contributes to. */
export type PersonRepresentation = { id: string } & Partial<
  Record<OwnLinksField, Array<{ system: string; localId: string }> | null>
>;

/**
 * This agency's local ids for the person. Usually one; more when the agency itself holds
 * duplicate records of the person (each is linked). Filtering by system again is a guard, not
 * a necessity: identity already sent only this system's links.
 */
export function localIdsFor(person: PersonRepresentation, system: AgencySystem): string[] {
  return (person[OWN_LINKS_FIELD[system]] ?? []).filter((l) => l.system === system).map((l) => l.localId);
}
