/**
 * The adapter under `createPortLoader`, as every subgraph uses it: loads in one tick share one
 * adapter call, a failing key rejects only its own load, and a batch that breaks the shape rule
 * is turned into the contract error instead of misattributed records.
 */
import type { BatchMethod } from '../port/batch-contract.js';
import { createPortLoader } from '../port/port-loader.js';
import { callBatch, checkAnswer } from './batch.js';
import type { MethodCheck, MethodCheckContext } from './check.js';
import { invalidKeys, unknownKeys } from './keys.js';
import { show, violation } from './violation.js';

type Method = BatchMethod<unknown, unknown>;

/** The adapter's method, with the kit's own shape checks on every call the loader makes. */
function method(ctx: MethodCheckContext): Method {
  return (keys) => callBatch(ctx.adapter, ctx.method.name, keys) as ReturnType<Method>;
}

function maxBatchSize(ctx: MethodCheckContext): number {
  return (ctx.adapter as { capabilities: { maxBatchSize: number } }).capabilities.maxBatchSize;
}

export async function checkLoaderBatchesOneTick(ctx: MethodCheckContext): Promise<void> {
  const calls: number[] = [];
  const counted: Method = (keys) => (calls.push(keys.length), method(ctx)(keys));
  const loader = createPortLoader(counted, { name: ctx.method.name, maxBatchSize: maxBatchSize(ctx) });
  const known = ctx.method.knownKeys(ctx.data);
  const unknown = unknownKeys(ctx.method, ctx.data, ctx.options).map((k) => k.key);
  // Every known key twice: the loader deduplicates, so the adapter sees each key once.
  const keys = [...known, ...unknown, ...known];
  const answers = await Promise.all(keys.map((key) => loader.load(key)));
  const distinct = known.length + unknown.length;
  const expectedCalls = Math.ceil(distinct / maxBatchSize(ctx));
  if (calls.length !== expectedCalls) {
    violation(
      `${ctx.method.name}: ${keys.length} loads in one tick made ${calls.length} adapter calls ` +
        `(sizes ${calls.join(', ')}), expected ${expectedCalls}`,
    );
  }
  keys.forEach((key, i) => {
    const isUnknown = i >= known.length && i < distinct;
    checkAnswer(ctx.method, key, i, answers[i], isUnknown ? null : ctx.method.expected(ctx.data, key));
  });
}

export async function checkLoaderPerKeyError(ctx: MethodCheckContext): Promise<void> {
  const loader = createPortLoader(method(ctx), { name: ctx.method.name });
  const [known] = ctx.method.knownKeys(ctx.data);
  const [bad] = invalidKeys(ctx.method.keyKind);
  const [good, failed] = await Promise.allSettled([loader.load(known), loader.load(bad.key)]);
  if (good.status !== 'fulfilled') {
    violation(`${ctx.method.name}: a valid key's load rejected beside an invalid one: ${show(good.reason)}`);
  }
  checkAnswer(ctx.method, known, 0, good.value, ctx.method.expected(ctx.data, known));
  const reason = failed.status === 'rejected' ? failed.reason : undefined;
  if (!(reason instanceof Error) || reason.name !== 'InvalidLocalIdError') {
    violation(`${ctx.method.name}: the load of ${bad.label} must reject with InvalidLocalIdError, got ${show(failed)}`);
  }
}

/** Wrap the real method in one that drops an entry, or answers a non-array: the loader must refuse it. */
export async function checkLoaderRejectsWrongLength(ctx: MethodCheckContext): Promise<void> {
  const real = method(ctx);
  const broken: Array<[string, Method]> = [
    ['drops the last entry', async (keys) => (await real(keys)).slice(0, -1)],
    ['answers undefined', async () => undefined as never],
  ];
  const keys = ctx.method.knownKeys(ctx.data).slice(0, 2);
  for (const [how, fn] of broken) {
    const name = `broken.${ctx.method.name}`;
    const loader = createPortLoader(fn, { name });
    for (const settled of await Promise.allSettled(keys.map((key) => loader.load(key)))) {
      const reason = settled.status === 'rejected' ? settled.reason : undefined;
      const message = reason instanceof Error ? reason.message : '';
      if (!message.includes('one entry per key') || !message.includes(name)) {
        violation(
          `${ctx.method.name}: a batch that ${how} must reject every load with the contract error ` +
            `naming ${name}, got ${show(settled)}`,
        );
      }
    }
  }
}

export const loaderMethodChecks: MethodCheck[] = [
  { group: 'loader', title: 'loads in one tick make one adapter call', run: checkLoaderBatchesOneTick },
  { group: 'loader', title: 'an invalid key rejects only its own load', run: checkLoaderPerKeyError },
  {
    group: 'loader',
    title: 'a wrong-length batch rejects with the contract error',
    run: checkLoaderRejectsWrongLength,
  },
];
