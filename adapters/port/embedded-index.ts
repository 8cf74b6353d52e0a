/**
 * Helpers for embedded adapters, which answer from in-memory indexes of generated data.
 * They keep the batch contract exactly as a database-backed adapter must: one entry per key,
 * in key order, `null` for unknown keys and an `Error` for invalid ones.
 */
import type { AdapterHealth, BatchResult } from './batch-contract.js';
import { checkLocalIds } from './local-id.js';

export interface EmbeddedOptions {
  /** The date the generated data reflects (the generator's reference date). */
  asOf?: string;
}

export function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(key(item), item);
  return map;
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = map.get(k);
    if (group) group.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * Answer a batch of local ids from a map; invalid ids become an Error at their index.
 * Answers are copies: a caller that redacts a field must never change the stored record,
 * just as it could not change a row in an agency's database.
 */
export function answerFromIndex<T>(keys: readonly string[], index: ReadonlyMap<string, T>): BatchResult<T> {
  const problems = checkLocalIds(keys);
  return keys.map((key, i) => problems[i] ?? copyOf(index.get(key)) ?? null);
}

/**
 * Answer a batch of "records belonging to owner" lookups: `[]` for a known owner with none,
 * `null` for an owner the system does not know at all.
 */
export function answerGroups<T>(
  keys: readonly string[],
  owners: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  groups: ReadonlyMap<string, T[]>,
): BatchResult<T[]> {
  const problems = checkLocalIds(keys);
  return keys.map((key, i) => problems[i] ?? (owners.has(key) ? (copyOf(groups.get(key)) ?? []) : null));
}

function copyOf<T>(value: T | undefined): T | undefined {
  return value === undefined ? undefined : structuredClone(value);
}

export function embeddedHealth(recordCount: number): Promise<AdapterHealth> {
  return Promise.resolve({
    status: 'up',
    checkedAt: new Date().toISOString(),
    detail: `embedded synthetic data, ${recordCount} records`,
  });
}

/** Sort newest first by a yyyy-mm-dd (or ISO) field. */
export function newestFirst<T>(items: T[], date: (item: T) => string): T[] {
  return items.sort((a, b) => (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : 0));
}

/** A generated row split into the owner's local id and the record the port returns. */
export interface Owned<T> {
  owner: string;
  record: T;
}

/**
 * Group generated rows by their owner column (e.g. `patientId`), dropping that column so the
 * port returns only the source system's own fields. Each group is sorted newest first.
 */
export function groupByOwner<K extends string, T extends Record<K, string>>(
  rows: readonly T[],
  ownerKey: K,
  date: (record: Omit<T, K>) => string,
): Map<string, Owned<Omit<T, K>>[]> {
  const groups = groupBy(
    rows.map((row) => {
      const { [ownerKey]: owner, ...record } = row;
      return { owner, record };
    }),
    (o) => o.owner,
  );
  for (const list of groups.values()) newestFirst(list, (o) => date(o.record));
  return groups;
}

/** Unwrap `Owned` groups to the bare records, keeping `null` and `Error` entries as they are. */
export function unwrapGroups<T>(groups: BatchResult<Owned<T>[]>): BatchResult<T[]> {
  return groups.map((g) => (Array.isArray(g) ? g.map((o) => o.record) : g));
}
