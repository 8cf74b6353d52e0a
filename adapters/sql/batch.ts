/**
 * The batch contract (port/batch-contract.ts) for SQL adapters: validate every key first
 * (`checkLocalIds`, so a bad key never reaches the query builder), ask the database once for the
 * distinct valid ids (`where id in (...)`), then answer key by key, in key order. Matching happens
 * here, by exact string equality, so answers keep binary id semantics even over a store whose
 * collation folds case.
 */
import type { BatchResult } from '../port/batch-contract.js';
import { checkLocalIds } from '../port/local-id.js';

export interface PlannedBatch {
  /** Distinct valid ids, to put in one `in (...)` list. Empty: ask nothing. */
  ids: string[];
  /** `InvalidLocalIdError` at the index of each invalid key, null elsewhere. */
  problems: Array<Error | null>;
}

export function planBatch(keys: readonly unknown[]): PlannedBatch {
  const problems: Array<Error | null> = checkLocalIds(keys);
  const ids = [...new Set(keys.filter((_, i) => problems[i] === null) as string[])];
  return { ids, problems };
}

/**
 * Answer each key from `found` (id → built answer, or the Error building it raised). Each entry
 * is its own copy, so a caller that edits one answer cannot change another.
 */
export function answerKeys<T>(
  keys: readonly unknown[],
  { problems }: PlannedBatch,
  found: ReadonlyMap<string, T | Error>,
): BatchResult<T> {
  return keys.map((key, i) => {
    if (problems[i]) return problems[i];
    const answer = found.get(key as string);
    if (answer === undefined) return null;
    return answer instanceof Error ? answer : structuredClone(answer);
  });
}

/** When the query itself fails (server down, mapping names a missing column), every valid key fails. */
export function failEveryKey<T>(keys: readonly unknown[], { problems }: PlannedBatch, error: unknown): BatchResult<T> {
  const cause = error instanceof Error ? error : new Error(String(error));
  return keys.map((_, i) => problems[i] ?? cause);
}

/** Build an answer, turning a throw (an unmapped code, a malformed row) into that key's Error. */
export function attempt<T>(build: () => T): T | Error {
  try {
    return build();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Run one batch: plan it, query the distinct valid ids, answer per key. */
export async function runBatch<T>(
  keys: readonly unknown[],
  query: (ids: string[]) => Promise<ReadonlyMap<string, T | Error>>,
): Promise<BatchResult<T>> {
  const plan = planBatch(keys);
  if (plan.ids.length === 0) return answerKeys(keys, plan, new Map());
  try {
    return answerKeys(keys, plan, await query(plan.ids));
  } catch (error) {
    return failEveryKey(keys, plan, error);
  }
}

/** Rows grouped by owner, keeping row order (the query's ORDER BY), each owner once. */
export function groupRows<R>(rows: readonly R[], owner: (row: R) => string): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const key = owner(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
