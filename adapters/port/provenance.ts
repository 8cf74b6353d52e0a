/** Where an agency record came from and how fresh it is; every record the port returns has one. */
export interface Provenance {
  /** The agency system of record, e.g. `county-ccwis`. */
  sourceSystem: string;
  /** When the source system last changed the record (ISO-8601 date-time). */
  lastUpdated: string;
}
