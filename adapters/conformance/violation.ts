/**
 * How a check reports a broken contract: a thrown `ConformanceViolation` whose message says which
 * method, which key and what came back, so an agency IT team can fix their adapter from the text.
 */
export class ConformanceViolation extends Error {
  override name = 'ConformanceViolation';
}

export function violation(message: string): never {
  throw new ConformanceViolation(message);
}

/** A short, unambiguous rendering of any value: shows `undefined`, Errors and escapes. */
export function show(value: unknown): string {
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

/** Escape every non-ASCII code point, so a normalised "é" and "e\u0301" look different in a message. */
export function escapeNonAscii(text: string): string {
  return [...text]
    .map((ch) => (/^[\x20-\x7e]$/.test(ch) ? ch : `\\u{${ch.codePointAt(0)!.toString(16)}}`))
    .join('');
}
