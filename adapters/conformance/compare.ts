/**
 * Exact comparison of what an adapter returned with the fixture. No normalisation happens here:
 * strings compare code unit by code unit (so a backend that NFC-normalises or trims fails), a
 * field the port does not define is a difference (what the port cannot return no subgraph can
 * leak), and `undefined` is not `null`. Prototypes are not compared, so driver row objects pass.
 */
import { escapeNonAscii, quotingValues, show } from './violation.js';

/** The first difference between `actual` and `expected` as `path: why`, or null when equal. */
export function firstDifference(actual: unknown, expected: unknown, path = '$'): string | null {
  if (Object.is(actual, expected)) return null;
  if (typeof expected === 'string' && typeof actual === 'string') {
    if (!quotingValues()) return `${path}: a different string than expected`;
    return `${path}: expected "${escapeNonAscii(expected)}", got "${escapeNonAscii(actual)}"`;
  }
  if (expected === null || typeof expected !== 'object' || actual === null || typeof actual !== 'object') {
    return `${path}: expected ${show(expected)}, got ${show(actual)}`;
  }
  if (Array.isArray(expected) !== Array.isArray(actual)) {
    return `${path}: expected ${Array.isArray(expected) ? 'an array' : 'an object'}, got ${show(actual)}`;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (actual.length !== expected.length) {
      return `${path}: expected ${expected.length} entries, got ${actual.length}: ${show(actual)}`;
    }
    for (let i = 0; i < expected.length; i++) {
      const d = firstDifference(actual[i], expected[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (actual instanceof Date || actual instanceof Error) {
    return `${path}: expected ${show(expected)}, got ${show(actual)}`;
  }
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const extra = Object.keys(a).filter((k) => !Object.hasOwn(e, k));
  if (extra.length) return `${path}: has fields the port does not define: ${extra.join(', ')}`;
  for (const key of Object.keys(e)) {
    if (!Object.hasOwn(a, key)) return `${path}.${key}: missing (expected ${show(e[key])})`;
    const d = firstDifference(a[key], e[key], `${path}.${key}`);
    if (d) return d;
  }
  return null;
}

/**
 * Compare two lists as multisets (for lists whose order the port leaves open). Returns the first
 * expected entry with no equal entry in `actual`, or the first entry `actual` has in excess.
 */
export function multisetDifference(actual: readonly unknown[], expected: readonly unknown[]): string | null {
  const unmatched = [...actual];
  for (const want of expected) {
    const at = unmatched.findIndex((got) => firstDifference(got, want) === null);
    if (at < 0) {
      const closest = unmatched.length ? ` (closest difference: ${firstDifference(unmatched[0], want)})` : '';
      return `missing entry ${show(want)}${closest}`;
    }
    unmatched.splice(at, 1);
  }
  return unmatched.length ? `unexpected extra entries: ${show(unmatched)}` : null;
}

/** Binary (UTF-16 code unit) order: the one string order that does not depend on a locale. */
export function binaryOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
