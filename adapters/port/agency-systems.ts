/**
 * The agency systems the hub federates, by id. An id names the system in identity links
 * (`AgencyLink.system`), in provenance (`sourceSystem`) and in an adapter's capabilities.
 */
export const AGENCY_SYSTEMS = {
  childWelfare: 'child-welfare',
  behavioralHealth: 'behavioral-health',
  dvShelter: 'dv-shelter',
  schools: 'schools',
} as const;

export type AgencySystem = (typeof AGENCY_SYSTEMS)[keyof typeof AGENCY_SYSTEMS];
