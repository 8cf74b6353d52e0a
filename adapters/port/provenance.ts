import type { FieldDataQuality } from './data-quality.js';

/** Where an agency record came from, how fresh it is and how sure; every record the port returns has one. */
export interface Provenance {
  /** The agency system of record, e.g. `county-ccwis`. */
  sourceSystem: string;
  /** When the source system last changed the record (ISO-8601 date-time). */
  lastUpdated: string;
  /**
   * Optional: the source's data-quality code for each identifying field it qualifies (HMIS codes,
   * `data-quality.ts`), in the order the source lists them. Absent when the source records none;
   * adapters that do not know leave it out rather than guess.
   */
  dataQuality?: FieldDataQuality[];
}

export type { DataQualityCode, DataQualityMeaning, FieldDataQuality } from './data-quality.js';
