/**
 * Abuse: what callers and attackers send that known data never does (after dataloader's abuse
 * tests). A bad key fails alone at its index; nothing the caller does to an answer leaks into
 * the next one.
 */
import { callBatch, checkAnswer } from './batch.js';
import type { MethodCheck, MethodCheckContext } from './check.js';
import { expectAnswers } from './contract-checks.js';
import { invalidKeys, unknownKeys } from './keys.js';
import type { MethodSpec } from './method-spec.js';
import { escapeNonAscii, show, violation } from './violation.js';

export async function checkEmptyBatch({ adapter, method }: MethodCheckContext): Promise<void> {
  await callBatch(adapter, method.name, []);
}

/**
 * Each invalid key, at a different position among valid ones, must come back as an
 * `InvalidLocalIdError` at exactly its index while every other key is answered normally.
 */
export async function checkInvalidKeys(ctx: MethodCheckContext): Promise<void> {
  const { adapter, method, data } = ctx;
  const [k0, k1 = k0] = method.knownKeys(data);
  const [unknown] = unknownKeys(method, data, ctx.options);
  for (const [n, bad] of invalidKeys(method.keyKind).entries()) {
    const keys: unknown[] = [k0, unknown.key, k1];
    const at = n % (keys.length + 1);
    keys.splice(at, 0, bad.key);
    const results = await callBatch(adapter, method.name, keys);
    const got = results[at];
    if (!(got instanceof Error) || got.name !== 'InvalidLocalIdError') {
      violation(
        `${method.name}: invalid key (${bad.label}) ${show(bad.key)} at index ${at} must answer ` +
          `an InvalidLocalIdError, answered ${show(got)}`,
      );
    }
    keys.forEach((key, i) => {
      if (i === at) return;
      checkAnswer(method, key, i, results[i], key === unknown.key ? null : method.expected(data, key));
    });
  }
}

/** Exactly `capabilities.maxBatchSize` keys, the largest batch a caller will send. */
export async function checkMaxBatchSize(ctx: MethodCheckContext): Promise<void> {
  const max = (ctx.adapter as { capabilities?: { maxBatchSize?: unknown } }).capabilities?.maxBatchSize;
  if (typeof max !== 'number' || !Number.isInteger(max) || max < 1) {
    violation(`capabilities.maxBatchSize must be a positive integer, is ${show(max)}`);
  }
  const unknown = unknownKeys(ctx.method, ctx.data, ctx.options).map((k) => k.key);
  const pool = [...ctx.method.knownKeys(ctx.data), ...unknown];
  await expectAnswers(ctx, Array.from({ length: max }, (_, i) => pool[(i * 7) % pool.length]));
}

/** Names in any script come back byte for byte: no NFC/NFD folding, no lossy charset, no trimming. */
export async function checkUnicodeRoundTrip(ctx: MethodCheckContext): Promise<void> {
  const keys = nonAsciiKeys(ctx.method, ctx.data);
  const results = await callBatch(ctx.adapter, ctx.method.name, keys);
  keys.forEach((key, i) => {
    const got = new Set(strings(results[i]));
    for (const text of strings(ctx.method.expected(ctx.data, key))) {
      if (isAscii(text) || got.has(text)) continue;
      violation(
        `${ctx.method.name}: key ${show(key)} lost "${escapeNonAscii(text)}" ` +
          `(UTF-8 ${Buffer.from(text).toString('hex')}); it answered ${escapeNonAscii(show(results[i]))}`,
      );
    }
    checkAnswer(ctx.method, key, i, results[i], ctx.method.expected(ctx.data, key));
  });
}

/** Mutating an answer (as a resolver might) must not change the next answer. */
export async function checkResultsNotShared(ctx: MethodCheckContext): Promise<void> {
  const keys = ctx.method.knownKeys(ctx.data);
  const first = await callBatch(ctx.adapter, ctx.method.name, keys);
  first.forEach(scribble);
  await expectAnswers(ctx, keys);
}

const SCRIBBLED = 'SCRIBBLED';
const isAscii = (text: string) => !/[^\x00-\x7f]/.test(text);

function nonAsciiKeys(method: MethodSpec, data: unknown): unknown[] {
  return method.knownKeys(data).filter((key) => !isAscii(JSON.stringify([key, method.expected(data, key)])));
}

function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* strings(v);
}

/**
 * Overwrite every field of an answer in place, and grow every array. Frozen objects are left
 * alone: an adapter may share deeply frozen records, since no caller can change them.
 */
function scribble(value: unknown): void {
  if (!value || typeof value !== 'object' || value instanceof Error) return;
  const record = value as Record<string, unknown>;
  const writable = !Object.isFrozen(value);
  for (const [key, field] of Object.entries(record)) {
    if (field && typeof field === 'object') scribble(field);
    else if (writable) record[key] = typeof field === 'number' ? -1 : typeof field === 'boolean' ? !field : SCRIBBLED;
  }
  if (writable && Array.isArray(value)) value.push({ scribbled: true });
}

const hasObjectAnswers = (method: MethodSpec, data: unknown) =>
  method.knownKeys(data).some((k) => typeof method.expected(data, k) === 'object');

export const abuseMethodChecks: MethodCheck[] = [
  { group: 'abuse', title: 'an empty batch resolves to []', run: checkEmptyBatch },
  {
    group: 'abuse',
    title: 'each invalid key is an InvalidLocalIdError at its index; the rest are answered',
    run: checkInvalidKeys,
  },
  {
    group: 'abuse',
    title: 'a batch of exactly capabilities.maxBatchSize keys is answered',
    run: checkMaxBatchSize,
  },
  {
    group: 'abuse',
    title: 'non-ASCII names and ids round-trip byte-exact',
    appliesTo: (method, data) => nonAsciiKeys(method, data).length > 0,
    requires: 'a known record with a non-ASCII name or id',
    needsKnownAnswers: 'judging a name byte for byte needs to know the bytes the store holds',
    run: checkUnicodeRoundTrip,
  },
  {
    group: 'abuse',
    title: 'mutating an answer does not change the next answer',
    appliesTo: hasObjectAnswers,
    requires: 'answers that are objects',
    run: checkResultsNotShared,
  },
];
