/**
 * How a check reports a broken contract: a thrown `ConformanceViolation` whose message says which
 * method, which key and what came back, so an agency IT team can fix their adapter from the text.
 *
 * Against an agency's own records (`npm run adapter:check` without --seeded-with) a message must
 * not quote them: only synthetic data may reach a log or report (HIPAA 45 CFR 164.502(b) minimum
 * necessary; VAWA 34 U.S.C. 12291(b)(2) for DV programs). Such a run calls `withholdingValues`,
 * and every value rendered through `show`, `quote` or `escapeNonAscii` inside it becomes its kind
 * (`‹a string›`, `‹an object: localId, givenName›`), so keys are told by their position only.
 * The switch is an AsyncLocalStorage rather than an option on every check: each check's messages
 * are built in many helpers, and none of them can then forget it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export class ConformanceViolation extends Error {
  override name = 'ConformanceViolation';
}

export function violation(message: string): never {
  throw new ConformanceViolation(message);
}

const valuesWithheld = new AsyncLocalStorage<true>();

/** Run `work` so that no message it builds quotes a value (own data). */
export function withholdingValues<T>(work: () => Promise<T>): Promise<T> {
  return valuesWithheld.run(true, work);
}

/** Whether messages may quote values here: true (synthetic data) unless inside `withholdingValues`. */
export function quotingValues(): boolean {
  return valuesWithheld.getStore() !== true;
}

/** A short, unambiguous rendering of any value: shows `undefined`, Errors and escapes. */
export function show(value: unknown): string {
  if (!quotingValues()) return kindOf(value);
  if (value === undefined) return 'undefined';
  if (value instanceof Error) return `${value.name}(${JSON.stringify(value.message)})`;
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') {
    return `${typeof value} ${String(value)}`;
  }
  const text = JSON.stringify(value, (_k, v: unknown) =>
    v === undefined ? '<undefined>' : v instanceof Error ? `${v.name}: ${v.message}` : v,
  );
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** A value interpolated as is (a date, a count from the data), or its kind when values are withheld. */
export function quote(value: unknown): string {
  return quotingValues() ? String(value) : kindOf(value);
}

/** Escape every non-ASCII code point, so a normalised "é" and "e\u0301" look different in a message. */
export function escapeNonAscii(text: string): string {
  if (!quotingValues()) return kindOf(text);
  return [...text]
    .map((ch) => (/^[\x20-\x7e]$/.test(ch) ? ch : `\\u{${ch.codePointAt(0)!.toString(16)}}`))
    .join('');
}

/**
 * What a value is, never what it holds. An Error keeps its name (the adapter's, e.g.
 * `UnmappedCodeError`) but not its message, which may quote the key or the row. An object keeps
 * its field names: they are the port's, not the agency's.
 */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (value instanceof Error) return `${value.name}(‹message withheld›)`;
  if (Array.isArray(value)) return `‹an array of ${value.length} entries›`;
  if (typeof value === 'object') return `‹an object: ${Object.keys(value).join(', ')}›`;
  return `‹a ${typeof value}›`;
}
