/**
 * How sure a source is of an identifying field, in HUD HMIS data-quality codes (FY2024 Data
 * Standards 3.01.5 Name, 3.02.2 SSN, 3.03.2 DOB; the same five codes in every list). HMIS is the
 * one human-services standard that records this beside the value, so other agencies' adapters use
 * its codes too, and a dashboard can show "approximate birth date" the same way for every source.
 */

/** 1 full, 2 partial/approximate, 8 client doesn't know, 9 client prefers not to answer, 99 not collected. */
export type DataQualityCode = 1 | 2 | 8 | 9 | 99;

/** The meaning of each code, as the schema's `HmisDataQuality` enum names it. */
export const DATA_QUALITY_MEANINGS = {
  1: 'FULL_REPORTED',
  2: 'PARTIAL_OR_APPROXIMATE',
  8: 'CLIENT_DOES_NOT_KNOW',
  9: 'CLIENT_PREFERS_NOT_TO_ANSWER',
  99: 'DATA_NOT_COLLECTED',
} as const satisfies Record<DataQualityCode, string>;

export type DataQualityMeaning = (typeof DATA_QUALITY_MEANINGS)[DataQualityCode];

export const DATA_QUALITY_CODES = Object.keys(DATA_QUALITY_MEANINGS).map(Number) as DataQualityCode[];

/**
 * One field's data quality. `field` names the port field the code qualifies: `name` (first,
 * middle and last name together, as HMIS 3.01.5 does), `ssn`, `birthDate`. `meaning` always
 * matches `code` (like a FHIR Coding's code and display): build entries with `fieldDataQuality`.
 */
export interface FieldDataQuality {
  field: string;
  code: DataQualityCode;
  meaning: DataQualityMeaning;
}

export function isDataQualityCode(value: unknown): value is DataQualityCode {
  return typeof value === 'number' && Object.hasOwn(DATA_QUALITY_MEANINGS, value);
}

export function fieldDataQuality(field: string, code: DataQualityCode): FieldDataQuality {
  return { field, code, meaning: DATA_QUALITY_MEANINGS[code] };
}
