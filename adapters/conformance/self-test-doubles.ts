/**
 * Test doubles for the kit's self-test: a reference adapter that keeps the whole contract (the
 * embedded one, with answers copied and caseworkers paged in binary order), and a way to break
 * it in one chosen way, to prove each check can fail.
 */
import { createEmbeddedBehavioralHealthAdapter } from '../behavioral-health/embedded.js';
import { createEmbeddedChildWelfareAdapter } from '../child-welfare/embedded.js';
import type { ChildWelfareAdapter } from '../child-welfare/port.js';
import { createEmbeddedDvShelterAdapter } from '../dv-shelter/embedded.js';
import { createEmbeddedIdentityAdapter } from '../identity/embedded.js';
import { createEmbeddedSchoolsAdapter } from '../schools/embedded.js';
import type { AdapterCheckContext, MethodCheckContext } from './check.js';
import { binaryOrder } from './compare.js';
import { datasetFor, domainTable } from './domains.js';
import type { AdapterOf, DatasetOf, Domain } from './types.js';

const EMBEDDED: { [D in Domain]: (data: DatasetOf<D>) => AdapterOf<D> } = {
  identity: createEmbeddedIdentityAdapter,
  'child-welfare': createEmbeddedChildWelfareAdapter,
  'behavioral-health': createEmbeddedBehavioralHealthAdapter,
  'dv-shelter': createEmbeddedDvShelterAdapter,
  schools: createEmbeddedSchoolsAdapter,
};

export function createEmbedded<D extends Domain>(domain: D, data: DatasetOf<D>): AdapterOf<D> {
  return EMBEDDED[domain](data);
}

type Batch = (keys: readonly unknown[]) => Promise<unknown[]>;
type Rewrite = (keys: readonly unknown[], results: unknown[], call: Batch) => unknown;

/** The adapter with every batch method of its port rewritten by `rewrite`. */
export function rewriteBatches<D extends Domain>(
  domain: D,
  adapter: AdapterOf<D>,
  rewrite: Rewrite,
): AdapterOf<D> {
  const copy: Record<string, unknown> = { ...adapter };
  for (const { name } of domainTable(domain).methods) {
    const call = (copy[name] as Batch).bind(adapter);
    copy[name] = async (keys: readonly unknown[]) => rewrite(keys, await call(keys), call);
  }
  return copy as unknown as AdapterOf<D>;
}


/** The embedded adapter made to keep the whole contract, as a yardstick for the checks. */
export function createReference<D extends Domain>(domain: D, data: DatasetOf<D>): AdapterOf<D> {
  const adapter = rewriteBatches(domain, createEmbedded(domain, data), (_keys, results) =>
    results.map((r) => (r instanceof Error ? r : structuredClone(r))),
  );
  if (domain !== 'child-welfare') return adapter;
  const cw = adapter as ChildWelfareAdapter;
  const all = [...(data as DatasetOf<'child-welfare'>).caseworkers];
  all.sort((a, b) => binaryOrder(a.caseworkerId, b.caseworkerId));
  const listCaseworkers: ChildWelfareAdapter['listCaseworkers'] = async ({ first, after }) =>
    structuredClone(all.filter((w) => !after || w.caseworkerId > after).slice(0, Math.max(0, first)));
  return { ...cw, listCaseworkers } as AdapterOf<D>;
}

/** A method check's context for `method` of `domain`, over `adapter` seeded with the fixture. */
export function methodContext(domain: Domain, method: string, adapter: object): MethodCheckContext {
  const spec = domainTable(domain).methods.find((m) => m.name === method) as MethodCheckContext['method'];
  if (!spec) throw new Error(`no method ${method} in ${domain}`);
  return { adapter, method: spec, data: datasetFor(domain, true), options: { caseSensitiveIds: true } };
}

export function adapterContext(domain: Domain, adapter: object): AdapterCheckContext {
  const methods = domainTable(domain).methods as AdapterCheckContext['methods'];
  return { adapter, methods, data: datasetFor(domain, true), options: { caseSensitiveIds: true } };
}

export function fixtureOf<D extends Domain>(domain: D): DatasetOf<D> {
  return datasetFor(domain, true);
}
