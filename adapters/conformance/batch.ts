/**
 * Calling a batch method and judging one answer. Every call goes through `callBatch`, so the
 * contract's shape rule (a Promise of one entry per key) is checked on every batch the kit sends.
 */
import { firstDifference, multisetDifference } from './compare.js';
import type { MethodSpec } from './method-spec.js';
import { quote, show, violation } from './violation.js';

export type AnyAdapter = object;

/** Call `adapter[method](keys)`; a rejection, a non-Promise or a wrong-length answer is a violation. */
export async function callBatch(
  adapter: AnyAdapter,
  method: string,
  keys: readonly unknown[],
): Promise<unknown[]> {
  const fn = (adapter as Record<string, unknown>)[method];
  if (typeof fn !== 'function') violation(`${method}: the adapter has no such method`);
  let pending: unknown;
  try {
    pending = fn.call(adapter, keys);
  } catch (error) {
    violation(`${method}: threw synchronously instead of returning a Promise: ${show(error)}`);
  }
  if (!pending || typeof (pending as PromiseLike<unknown>).then !== 'function') {
    violation(`${method}: must return a Promise, returned ${show(pending)}`);
  }
  let results: unknown;
  try {
    results = await pending;
  } catch (error) {
    violation(
      `${method}: rejected the whole batch of ${keys.length} keys ${show(keys)} with ${show(error)}; ` +
        'a failing key must become an Error at its index, never a rejected batch',
    );
  }
  if (!Array.isArray(results)) violation(`${method}: must resolve to an array, resolved to ${show(results)}`);
  if (results.length !== keys.length) {
    violation(
      `${method}: returned ${results.length} entries for ${keys.length} keys ${show(keys)}: ${show(results)}`,
    );
  }
  return results;
}

/** Judge the answer to a key the fixture knows, or `null` for an unknown key (`expected === null`). */
export function checkAnswer<D>(
  method: MethodSpec<D>,
  key: unknown,
  index: number,
  got: unknown,
  expected: unknown,
): void {
  const where = `${method.name}: key ${show(key)} at index ${index}`;
  if (got instanceof Error) violation(`${where} failed with ${show(got)}; a valid key must not fail`);
  if (expected === null) {
    if (got !== null) violation(`${where} is unknown and must answer null, answered ${show(got)}`);
    return;
  }
  if (method.shape === 'record') {
    const diff = firstDifference(normalised(method, got), normalised(method, expected));
    if (diff) violation(`${where}: ${diff}`);
    return;
  }
  if (!Array.isArray(got)) {
    violation(`${where} is a known owner and must answer an array, answered ${show(got)}`);
  }
  checkOrder(method, where, got);
  const actualItems = got.map((item) => normalised(method, item));
  const expectedItems = (expected as unknown[]).map((item) => normalised(method, item));
  const diff = method.order
    ? firstDifferenceTolerantOfTies(actualItems, expectedItems)
    : multisetDifference(actualItems, expectedItems);
  if (diff) violation(`${where}: ${diff}`);
}

function normalised<D>(method: MethodSpec<D>, value: unknown): unknown {
  if (!method.normalise || value === null || typeof value !== 'object') return value;
  try {
    return method.normalise(value);
  } catch {
    // A malformed answer cannot be normalised; compare it as it is and let the diff say why.
    return value;
  }
}

/** The list must be in the order the port's doc comment promises. */
function checkOrder<D>(method: MethodSpec<D>, where: string, items: unknown[]): void {
  const order = method.order;
  if (!order) return;
  for (let i = 1; i < items.length; i++) {
    const [prev, next] = [order.date(items[i - 1]), order.date(items[i])];
    const wrong = order.direction === 'newest-first' ? prev < next : prev > next;
    if (wrong) {
      violation(
        `${where}: must be ${order.direction} by ${order.field}, ` +
          `but entry ${i - 1} has ${quote(prev)} and entry ${i} has ${quote(next)}`,
      );
    }
  }
}

/** Equal in order, except that entries with the same date may come in any order among themselves. */
function firstDifferenceTolerantOfTies(actual: unknown[], expected: unknown[]): string | null {
  const exact = firstDifference(actual, expected);
  // Already checked to be in order, so a multiset match can differ only in the order of ties.
  return exact && multisetDifference(actual, expected) ? exact : null;
}
