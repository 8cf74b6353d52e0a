/**
 * The privacy officer's fields, one pair per data owner. Federation routes a field to the one
 * subgraph that defines it, so each owner answers under its own name, and only from its own chain:
 * `Person.<owner>Disclosures` (its accounting of disclosures about the person) and
 * `Query.<owner>BreakGlassReview` (every request made under an emergency override).
 */
import type { AgencySystem } from '../../../adapters/port/agency-systems.js';

export const PRIVACY_FIELDS = {
  'child-welfare': { accounting: 'childWelfareDisclosures', review: 'childWelfareBreakGlassReview' },
  'behavioral-health': { accounting: 'behavioralHealthDisclosures', review: 'behavioralHealthBreakGlassReview' },
  'dv-shelter': { accounting: 'dvShelterDisclosures', review: 'dvShelterBreakGlassReview' },
  schools: { accounting: 'schoolDisclosures', review: 'schoolBreakGlassReview' },
} as const satisfies Record<AgencySystem, { accounting: string; review: string }>;

/** How owners are named to people reading the schema. */
export const OWNER_TITLES: Record<AgencySystem, string> = {
  'child-welfare': 'the child welfare agency',
  'behavioral-health': 'the behavioral health provider',
  'dv-shelter': 'the domestic violence program',
  schools: 'the school district',
};
