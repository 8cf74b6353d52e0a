/**
 * Expectations for an agency's own data, where the kit cannot know what the store holds: ask each
 * sampled key ALONE and take that answer as what every batch must answer for it. Batches of many
 * keys, scrambled, duplicated, mixed with unknown and invalid keys, through the loader, must then
 * agree with the single answers: the batch contract is about attribution, and attribution can be
 * judged without knowing the records.
 */
import { callBatch } from './batch.js';
import { domainTable } from './domains.js';
import type { MethodSpec } from './method-spec.js';
import type { Expectations } from './plan.js';
import type { Domain } from './types.js';
import { show } from './violation.js';

export interface ObservedExpectations {
  expectations: Expectations;
  /** Sampled keys that could not serve as witnesses (an error or `null` when asked alone). */
  problems: string[];
}

/** `samples`: per batch method, real keys to ask with (for lists: owners). */
export async function observedExpectations(
  domain: Domain,
  adapter: object,
  samples: Record<string, unknown[]>,
): Promise<ObservedExpectations> {
  const problems: string[] = [];
  const methods: MethodSpec[] = [];
  for (const method of domainTable(domain).methods as MethodSpec[]) {
    const answers = new Map<string, unknown>();
    for (const [at, key] of (samples[method.name] ?? []).entries()) {
      // The key by its position too: with values withheld (own data) that is all that names it.
      const which = `key #${at + 1} of the sample (${show(key)})`;
      let answer: unknown;
      try {
        [answer] = await callBatch(adapter, method.name, [key]);
      } catch (error) {
        problems.push(`${method.name}: asked alone, ${which} broke the contract: ${(error as Error).message}`);
        continue;
      }
      if (answer instanceof Error) problems.push(`${method.name}: asked alone, ${which} failed with ${show(answer)}`);
      else if (answer === null) problems.push(`${method.name}: asked alone, ${which}, read from your system, answered null`);
      // A copy: an adapter that shares its answers must not be able to change what the kit expects.
      else answers.set(JSON.stringify(key), structuredClone(answer));
    }
    const keys = [...answers.keys()].map((text) => JSON.parse(text) as unknown);
    methods.push({ ...method, knownKeys: () => keys, expected: (_data, key) => answers.get(JSON.stringify(key)) ?? null });
  }
  return { expectations: { kind: 'observed', data: null, methods }, problems };
}
