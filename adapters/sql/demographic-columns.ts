/**
 * Optional mapped columns for record linkage (`port/demographics.ts`): a county whose person table
 * keeps a generational suffix, an SSN or a ZIP code maps those columns (`ssn: ssn_no`, `zip:
 * res_zip_cd`) and the demographics reader serves them; a mapping that does not name them serves
 * `null` for them, never a guess. Not in the default schemas, like the data-quality columns
 * (`data-quality-columns.ts`). Schools also may map `sex` (Ed-Fi keeps it on the student); its
 * codes then go through the mapping's `sex` code map.
 */

/** Optional person-table fields read only by the demographics reader. */
export const DEMOGRAPHIC_FIELDS = ['suffix', 'ssn', 'zip'] as const;
export type DemographicField = (typeof DEMOGRAPHIC_FIELDS)[number];

/** A table map that may name the optional demographic columns. */
export interface DemographicColumns {
  columns: Readonly<Partial<Record<DemographicField, string>>>;
}
