/**
 * The adapter port's one rule, stated once (after graphql/dataloader's batch-function contract):
 *
 *   A batch method takes a list of keys and returns a list of the SAME LENGTH, where entry i
 *   answers key i: the record, `null` when the agency system does not know the key, or an
 *   `Error` when that one key failed. A failing key never rejects the whole batch.
 *
 * Every adapter (embedded, Postgres, MariaDB, HMIS CSV, FHIR) keeps this rule; the conformance
 * kit in `adapters/conformance/` checks it, and `createPortLoader` enforces it at run time.
 */
export type BatchResult<T> = Array<T | null | Error>;

/** A batch method of a port: keys in, one answer per key out. */
export type BatchMethod<K, T> = (keys: readonly K[]) => Promise<BatchResult<T>>;

/** What an adapter can do. Business code branches on capabilities, never on the adapter's kind. */
export interface AdapterCapabilities {
  /** The agency system this adapter reads, as it appears in provenance and identity links. */
  sourceSystem: string;
  /** `live`: every read goes to the agency system; `snapshot`: reads a copy taken at a point in time. */
  freshness: 'live' | 'snapshot';
  /** Largest number of keys one batch call accepts; callers split larger batches. */
  maxBatchSize: number;
  /**
   * For a snapshot: the date (yyyy-mm-dd) its data reflects. Date-relative answers ("attendance
   * so far", "IEP active today") are computed as of this date, never later, because a snapshot
   * cannot know what happened after it was taken.
   */
  asOf?: string;
}

export type AdapterStatus = 'up' | 'degraded' | 'down';

export interface AdapterHealth {
  status: AdapterStatus;
  /** ISO-8601 time the check ran. */
  checkedAt: string;
  /** Human-readable detail: what is wrong, or what was checked. Never contains client data. */
  detail?: string;
}

/** What every domain port has besides its batch methods. */
export interface AdapterBase {
  readonly capabilities: AdapterCapabilities;
  health(): Promise<AdapterHealth>;
  /** Release connections; an adapter that holds none may omit it. */
  close?(): Promise<void>;
}

/** The error text a broken batch gets, repeating the contract so whoever reads it can fix it. */
export function batchShapeError(method: string, keyCount: number, got: unknown): Error {
  const what = Array.isArray(got) ? `an array of length ${got.length}` : `${typeof got}`;
  return new TypeError(
    `Adapter method ${method} must return a Promise of an array with one entry per key ` +
      `(${keyCount} keys), in key order: the record, null for an unknown key, or an Error for ` +
      `a key that failed. It returned ${what}.`,
  );
}
