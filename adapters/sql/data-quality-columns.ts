/**
 * Optional mapped columns for HMIS-style data quality (`port/data-quality.ts`): a county whose
 * person table records how sure it is of a name or birth date maps those columns
 * (`nameDataQuality: name_dq_cd`) and the codes go into each record's `provenance.dataQuality`.
 * Not in the default schemas; a mapping that does not name them serves records without it.
 * A stored value that is not an HMIS code (1, 2, 8, 9, 99) fails that record alone.
 */
import { sql } from 'kysely';
import { type DataQualityCode, type FieldDataQuality, fieldDataQuality, isDataQualityCode } from '../port/data-quality.js';
import type { Provenance } from '../port/provenance.js';

/** Optional port fields of a person table → the provenance field each qualifies. */
export const DATA_QUALITY_COLUMNS = { nameDataQuality: 'name', birthDateDataQuality: 'birthDate' } as const;
export type DataQualityColumn = keyof typeof DATA_QUALITY_COLUMNS;
export const DATA_QUALITY_FIELDS = Object.keys(DATA_QUALITY_COLUMNS) as DataQualityColumn[];

/** A table map that may name the optional data-quality columns. */
export interface DataQualityColumns {
  columns: Readonly<Partial<Record<DataQualityColumn, string>>>;
}

export class InvalidDataQualityError extends Error {
  override name = 'InvalidDataQualityError';
  constructor(field: DataQualityColumn, value: unknown) {
    super(`The ${field} column holds ${JSON.stringify(value)}, not an HMIS data-quality code (1, 2, 8, 9, 99)`);
  }
}

/** `alias.column AS field` for each data-quality column the map names. */
export function selectDataQuality(alias: string, map: DataQualityColumns) {
  return DATA_QUALITY_FIELDS.filter((f) => map.columns[f] !== undefined).map((f) => sql.ref(`${alias}.${map.columns[f]}`).as(f));
}

/** The entries of a row's mapped, non-null data-quality columns; `undefined` when there are none. */
export function dataQualityOf(row: Record<string, unknown>): FieldDataQuality[] | undefined {
  const entries: FieldDataQuality[] = [];
  for (const field of DATA_QUALITY_FIELDS) {
    const value = row[field];
    if (value === undefined || value === null) continue;
    const code = Number(value);
    if (!isDataQualityCode(code) || String(code) !== String(value).trim()) throw new InvalidDataQualityError(field, value);
    entries.push(fieldDataQuality(DATA_QUALITY_COLUMNS[field], code));
  }
  return entries.length > 0 ? entries : undefined;
}

/** Provenance with the row's data quality, when it has any (no key at all otherwise). */
export function withDataQuality(provenance: Provenance, row: Record<string, unknown>): Provenance {
  const dataQuality = dataQualityOf(row);
  return dataQuality ? { ...provenance, dataQuality } : provenance;
}

/** What a seed writes into the data-quality columns (only mapped ones are written): the record's codes, or NULL. */
export function dataQualityValues(provenance: Provenance): Record<DataQualityColumn, DataQualityCode | null> {
  const code = (field: string) => provenance.dataQuality?.find((q) => q.field === field)?.code ?? null;
  return { nameDataQuality: code('name'), birthDateDataQuality: code('birthDate') };
}
