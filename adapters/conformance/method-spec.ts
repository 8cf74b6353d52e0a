/**
 * One row of the per-domain method table: how to call a batch method, which keys the fixture
 * knows, and what each should answer. Checks read only this, so no check branches on a domain or
 * a backend; a new port method is one more row.
 */
import { binaryOrder } from './compare.js';

/** `local-id`: keys are agency local ids; `local-record`: keys are `{ system, localId }` objects. */
export type KeyKind = 'local-id' | 'local-record';

/** The order a "list per owner" method promises in its port doc comment, by a date field. */
export interface ListOrder {
  direction: 'newest-first' | 'oldest-first';
  field: string;
  date(item: unknown): string;
}

export interface MethodSpec<D = unknown> {
  /** The adapter's method name, e.g. `casesByChildIds`. */
  name: string;
  keyKind: KeyKind;
  /** `record`: one record per key; `list`: the owner's rows per key, `[]` for a known owner with none. */
  shape: 'record' | 'list';
  /** Every key the fixture knows (for lists: every known owner, including owners with no rows). */
  knownKeys(data: D): unknown[];
  /** What a known key must answer: the record, or the owner's rows in the port's order. */
  expected(data: D, key: unknown): unknown;
  /** Lists only: absent when the port leaves the order open (compared as a multiset then). */
  order?: ListOrder;
  /**
   * Normalises what the port leaves open INSIDE a record (e.g. the order of `removals`), applied
   * to both sides before comparing. Returns a new value; never anything the port fixes.
   */
  normalise?(item: unknown): unknown;
}

/** Drop the owner column the dataset rows carry (`patientId`), which the port does not return. */
export function withoutOwner<K extends string>(ownerKey: K) {
  return <T extends Record<K, string>>(row: T): Omit<T, K> => {
    const { [ownerKey]: _owner, ...record } = row;
    return record;
  };
}

export function newestFirst<T>(field: string, date: (item: T) => string): ListOrder {
  return { direction: 'newest-first', field, date: date as (item: unknown) => string };
}

export function oldestFirst<T>(field: string, date: (item: T) => string): ListOrder {
  return { direction: 'oldest-first', field, date: date as (item: unknown) => string };
}

/** Sort a copy into the promised order; ties keep fixture order (the kit tolerates any tie order). */
export function inOrder<T>(items: readonly T[], order: ListOrder | undefined): T[] {
  if (!order) return [...items];
  const sign = order.direction === 'newest-first' ? -1 : 1;
  return [...items].sort((a, b) => sign * binaryOrder(order.date(a), order.date(b)));
}
