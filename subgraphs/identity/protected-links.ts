/**
 * Links whose mere existence is protected. A link to a DV program's record says "this person is
 * served by a DV program", which VAWA (34 U.S.C. 12291(b)(2)) protects like any other personally
 * identifying information. Identity never shows such links to anyone outside the program that
 * holds the record; the DV subgraph gets its own links through the planner (`dvShelterLinks`),
 * and decides under its own releases what, if anything, leaves it.
 */
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import type { Caller } from '../shared/security/caller.js';

/** Protected system -> the organization whose staff may see its links. */
export const PROTECTED_LINK_SYSTEMS: Record<string, string> = {
  [AGENCY_SYSTEMS.dvShelter]: 'dv-program',
};

export function mayShowLink(system: string, caller: Caller | undefined): boolean {
  const owner = PROTECTED_LINK_SYSTEMS[system];
  return owner === undefined || caller?.organization === owner;
}
