/**
 * The batch contract on known data: one entry per key, entry i answers key i, `null` for unknown
 * keys, `[]` for a known owner with no rows, lists in the order the port's doc comment promises.
 */
import { callBatch, checkAnswer } from './batch.js';
import type { AdapterCheck, AdapterCheckContext, MethodCheck, MethodCheckContext } from './check.js';
import { unknownKeys } from './keys.js';
import { violation } from './violation.js';

/** Ask `keys` in one batch and judge every entry against the fixture. */
export async function expectAnswers(ctx: MethodCheckContext, keys: readonly unknown[]): Promise<void> {
  const { adapter, method, data } = ctx;
  const results = await callBatch(adapter, method.name, keys);
  const known = new Set(method.knownKeys(data).map((k) => JSON.stringify(k)));
  keys.forEach((key, i) => {
    const expected = known.has(JSON.stringify(key)) ? method.expected(data, key) : null;
    checkAnswer(method, key, i, results[i], expected);
  });
}

export async function checkKnownKeys(ctx: MethodCheckContext): Promise<void> {
  await expectAnswers(ctx, ctx.method.knownKeys(ctx.data));
}

/** Known and unknown keys in a scrambled order: entry i must still answer key i. */
export async function checkShuffledOrder(ctx: MethodCheckContext): Promise<void> {
  const known = ctx.method.knownKeys(ctx.data);
  const unknown = unknownKeys(ctx.method, ctx.data, ctx.options).map((k) => k.key);
  await expectAnswers(ctx, scramble([...[...known].reverse(), ...unknown]));
}

export async function checkDuplicateKeys(ctx: MethodCheckContext): Promise<void> {
  const [a, b = a] = ctx.method.knownKeys(ctx.data);
  const [u] = unknownKeys(ctx.method, ctx.data, ctx.options).map((k) => k.key);
  await expectAnswers(ctx, [a, b, a, u, a, u, b]);
}

export async function checkUnknownKeys(ctx: MethodCheckContext): Promise<void> {
  const unknown = unknownKeys(ctx.method, ctx.data, ctx.options).map((k) => k.key);
  await expectAnswers(ctx, unknown);
  // The same keys among known ones, so an adapter cannot pass by answering null to everything.
  const known = ctx.method.knownKeys(ctx.data);
  await expectAnswers(ctx, unknown.flatMap((key, i) => [known[i % known.length], key]));
}

/** A known owner with no rows answers `[]`, never `null` (which would mean "unknown owner"). */
export async function checkEmptyOwners(ctx: MethodCheckContext): Promise<void> {
  const owners = emptyOwners(ctx.method, ctx.data);
  if (owners.length === 0) violation(`${ctx.method.name}: the fixture has no known owner with no rows`);
  await expectAnswers(ctx, owners);
}

/** Owners with several rows, so the promised order is observable. */
export async function checkListOrder(ctx: MethodCheckContext): Promise<void> {
  const owners = severalRowOwners(ctx.method, ctx.data);
  if (owners.length === 0) violation(`${ctx.method.name}: the fixture has no owner with several rows`);
  await expectAnswers(ctx, owners);
}

export async function checkImplementsEveryMethod({ adapter, methods }: AdapterCheckContext): Promise<void> {
  const missing = methods.filter((m) => typeof (adapter as Record<string, unknown>)[m.name] !== 'function');
  if (missing.length) violation(`the adapter lacks port methods: ${missing.map((m) => m.name).join(', ')}`);
}

function severalRowOwners(method: MethodCheckContext['method'], data: unknown): unknown[] {
  return method.knownKeys(data).filter((k) => ((method.expected(data, k) as unknown[] | null) ?? []).length > 1);
}

function emptyOwners(method: MethodCheckContext['method'], data: unknown): unknown[] {
  return method.knownKeys(data).filter((k) => (method.expected(data, k) as unknown[]).length === 0);
}

/** A fixed permutation (a small LCG), so failures reproduce. */
function scramble<T>(items: T[]): T[] {
  let seed = 12345;
  for (let i = items.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

export const contractMethodChecks: MethodCheck[] = [
  {
    group: 'contract',
    title: 'known keys answer exactly the records the store holds, in key order',
    needsKnownAnswers: 'judging record content needs to know what the store holds',
    run: checkKnownKeys,
  },
  { group: 'contract', title: 'a scrambled batch is answered in its own order', run: checkShuffledOrder },
  { group: 'contract', title: 'duplicate keys are each answered', run: checkDuplicateKeys },
  { group: 'contract', title: 'unknown keys answer null', run: checkUnknownKeys },
  {
    group: 'contract',
    title: 'a known owner with no rows answers [] (not null)',
    appliesTo: (method, data) => method.shape === 'list' && emptyOwners(method, data).length > 0,
    requires: 'a list method and a known owner with no rows',
    needsKnownAnswers: 'knowing that an owner exists but has no rows needs to know what the store holds',
    run: checkEmptyOwners,
  },
  {
    group: 'contract',
    title: "lists come in the order the port's doc comment promises",
    appliesTo: (method, data) => method.order !== undefined && severalRowOwners(method, data).length > 0,
    requires: 'a list method whose port promises an order, and an owner with several rows',
    run: checkListOrder,
  },
];

export const contractAdapterChecks: AdapterCheck[] = [
  { group: 'contract', title: 'implements every batch method of the port', run: checkImplementsEveryMethod },
];
