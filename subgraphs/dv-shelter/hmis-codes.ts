/**
 * HUD HMIS FY2024 data standards codes -> GraphQL enum values. HMIS codes are integers, which
 * GraphQL enum values cannot be, so each list gets one total map (`satisfies` makes the compiler
 * reject a map that misses a code) and the GraphQL value type is derived from it.
 *
 * A comparable database may send a code newer than this list (HMIS adds codes most years): the
 * lookups below never throw on one; they fall back to the list's catch-all value instead.
 */
import type { HmisDataQuality } from '../../adapters/dv-shelter/port.js';
import { DATA_QUALITY_MEANINGS } from '../../adapters/port/data-quality.js';

/** Name / DOB data quality (3.01.5, 3.03.2): the port's one list, shared with every agency's provenance. */
export const DATA_QUALITY = DATA_QUALITY_MEANINGS satisfies Record<HmisDataQuality, string>;
export type DataQualityValue = (typeof DATA_QUALITY)[HmisDataQuality];

/** Project type (2.02.6). There is no code 5. */
export const PROJECT_TYPE = {
  0: 'EMERGENCY_SHELTER_ENTRY_EXIT',
  1: 'EMERGENCY_SHELTER_NIGHT_BY_NIGHT',
  2: 'TRANSITIONAL_HOUSING',
  3: 'PH_PERMANENT_SUPPORTIVE_HOUSING',
  4: 'STREET_OUTREACH',
  6: 'SERVICES_ONLY',
  7: 'OTHER',
  8: 'SAFE_HAVEN',
  9: 'PH_HOUSING_ONLY',
  10: 'PH_HOUSING_WITH_SERVICES',
  11: 'DAY_SHELTER',
  12: 'HOMELESSNESS_PREVENTION',
  13: 'PH_RAPID_RE_HOUSING',
  14: 'COORDINATED_ENTRY',
} as const;
export type ProjectTypeCode = keyof typeof PROJECT_TYPE;
export type ProjectTypeValue = (typeof PROJECT_TYPE)[ProjectTypeCode];

/** Relationship to head of household (3.15.1). */
export const RELATIONSHIP_TO_HOH = {
  1: 'SELF',
  2: 'CHILD',
  3: 'SPOUSE_OR_PARTNER',
  4: 'OTHER_RELATIVE',
  5: 'UNRELATED_HOUSEHOLD_MEMBER',
  99: 'DATA_NOT_COLLECTED',
} as const;
export type RelationshipCode = keyof typeof RELATIONSHIP_TO_HOH;
export type RelationshipValue = (typeof RELATIONSHIP_TO_HOH)[RelationshipCode];

/** Destination class (3.12): the first digit of a three-digit destination code. */
export const DESTINATION_CLASS = {
  1: 'HOMELESS',
  2: 'INSTITUTIONAL',
  3: 'TEMPORARY',
  4: 'PERMANENT',
} as const;
export type DestinationClassValue = (typeof DESTINATION_CLASS)[keyof typeof DESTINATION_CLASS] | 'OTHER';

function lookup<M extends Record<number, string>>(map: M, code: number): M[keyof M] | undefined {
  return Object.hasOwn(map, code) ? (map[code as keyof M] as M[keyof M]) : undefined;
}

/** 2.02.6 project type; a code outside the list is OTHER (the raw code stays in `projectTypeCode`). */
export function projectTypeOf(code: number): ProjectTypeValue {
  return lookup(PROJECT_TYPE, code) ?? 'OTHER';
}

/** 3.15.1 relationship; a code outside the list is reported as not collected. */
export function relationshipOf(code: number): RelationshipValue {
  return lookup(RELATIONSHIP_TO_HOH, code) ?? 'DATA_NOT_COLLECTED';
}

/**
 * 3.12 destination class by the first-digit rule: 1xx homeless, 2xx institutional, 3xx
 * temporary, 4xx permanent. Only three-digit codes carry a class: the two-digit codes (17 other,
 * 24 deceased, 30 no exit interview) and 8, 9, 99 are OTHER, not "2xx" or "3xx".
 */
export function destinationClassOf(code: number): DestinationClassValue {
  if (!Number.isInteger(code) || code < 100 || code > 999) return 'OTHER';
  return lookup(DESTINATION_CLASS, Math.floor(code / 100)) ?? 'OTHER';
}
