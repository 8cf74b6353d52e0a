/**
 * Keys the kit derives on its own: unknown-but-valid keys (must answer `null`) and invalid keys
 * (must answer an `InvalidLocalIdError` at their index). Valid means `port/local-id.ts`: 1–64
 * letters, digits and `. _ : -`, any script.
 */
import type { ResolvedOptions } from './types.js';
import type { KeyKind, MethodSpec } from './method-spec.js';

export interface LabelledKey {
  label: string;
  key: unknown;
}

/** Valid ids no fixture uses; several would break a backend that indexes a plain object. */
const UNKNOWN_LOCAL_IDS: LabelledKey[] = [
  { label: 'an unused id', key: 'UNKNOWN-000000' },
  { label: '"__proto__"', key: '__proto__' },
  { label: '"constructor"', key: 'constructor' },
  { label: 'a 64-character id (the longest valid one)', key: 'Z'.repeat(64) },
  { label: 'a non-ASCII id', key: 'Ñ-404' },
];

/** Keys that must fail alone; each is a classic way into a query builder or an HTTP path. */
const INVALID_LOCAL_IDS: LabelledKey[] = [
  { label: 'the empty string', key: '' },
  { label: 'a 65-character id', key: 'A'.repeat(65) },
  { label: 'SQL injection', key: "'; DROP TABLE x; --" },
  { label: 'a control character', key: 'CW-1\u0007' },
  { label: 'a NUL character', key: 'CW\u00001' },
  { label: 'a LIKE wildcard', key: 'CW-%' },
  { label: 'a path traversal', key: '../Patient/1' },
  { label: 'surrounding whitespace', key: ' CW-1 ' },
  { label: 'a number', key: 42 },
  { label: 'null', key: null },
  { label: 'undefined', key: undefined },
  { label: 'an object', key: { id: 'CW-1' } },
];

const SYSTEM = 'child-welfare';

const INVALID_LOCAL_RECORDS: LabelledKey[] = [
  { label: 'an empty system', key: { system: '', localId: 'CW-1' } },
  { label: 'an empty localId', key: { system: SYSTEM, localId: '' } },
  { label: 'SQL injection in system', key: { system: "'; DROP TABLE x; --", localId: 'CW-1' } },
  { label: 'SQL injection in localId', key: { system: SYSTEM, localId: "'; DROP TABLE x; --" } },
  { label: 'a 65-character localId', key: { system: SYSTEM, localId: 'A'.repeat(65) } },
  { label: 'a 65-character system', key: { system: 'a'.repeat(65), localId: 'CW-1' } },
  { label: 'a control character in localId', key: { system: SYSTEM, localId: 'CW\u00001' } },
  { label: 'a numeric localId', key: { system: SYSTEM, localId: 42 } },
  { label: 'a numeric system', key: { system: 7, localId: 'CW-1' } },
  { label: 'missing fields', key: {} },
  { label: 'null', key: null },
  { label: 'a string instead of an object', key: 'child-welfare:CW-1' },
];

export function invalidKeys(kind: KeyKind): LabelledKey[] {
  return kind === 'local-id' ? INVALID_LOCAL_IDS : INVALID_LOCAL_RECORDS;
}

/** Swap upper and lower case; `null` when the id has no cased letters. */
export function flipCase(id: string): string | null {
  const flipped = [...id].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
  return flipped === id ? null : flipped;
}

/** Unknown keys for a method, including case flips of known ids when the backend is case-sensitive. */
export function unknownKeys<D>(method: MethodSpec<D>, data: D, options: ResolvedOptions): LabelledKey[] {
  const known = method.knownKeys(data);
  const knownText = new Set(known.map((k) => JSON.stringify(k)));
  const keys: LabelledKey[] =
    method.keyKind === 'local-id'
      ? [...UNKNOWN_LOCAL_IDS]
      : [
          ...UNKNOWN_LOCAL_IDS.map(({ label, key }) => ({ label, key: { system: SYSTEM, localId: key } })),
          ...crossSystemKeys(known as Array<{ system: string; localId: string }>),
          { label: 'an unknown system', key: { system: 'no-such-system', localId: 'CW-1' } },
        ];
  if (options.caseSensitiveIds) {
    for (const key of known) {
      const flipped = flip(key);
      if (flipped !== null && !knownText.has(JSON.stringify(flipped))) {
        // No value in the label: on an agency's own data the key is theirs (violation.ts).
        keys.push({ label: 'a known id in the other case', key: flipped });
        break;
      }
    }
  }
  return keys.filter(({ key }) => !knownText.has(JSON.stringify(key)));
}

function flip(key: unknown): unknown {
  if (typeof key === 'string') return flipCase(key);
  const { system, localId } = key as { system: string; localId: string };
  const flipped = flipCase(localId);
  return flipped === null ? null : { system, localId: flipped };
}

/** A localId known in one system asked under another: links are keyed by the pair. */
function crossSystemKeys(known: Array<{ system: string; localId: string }>): LabelledKey[] {
  const systems = [...new Set(known.map((k) => k.system))];
  for (const { system, localId } of known) {
    const usedUnder = (s: string) => known.some((k) => k.system === s && k.localId === localId);
    const other = systems.find((s) => s !== system && !usedUnder(s));
    if (other) return [{ label: `${system}'s localId under ${other}`, key: { system: other, localId } }];
  }
  return [];
}
