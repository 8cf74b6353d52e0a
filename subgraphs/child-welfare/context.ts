import type { ChildWelfareAdapter } from '../../adapters/child-welfare/port.js';
import { createPortLoader } from '../../adapters/port/port-loader.js';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import type { OwnerPolicy } from '../shared/policy/owner-policy.js';
import type { SubgraphRequestContext } from '../shared/subgraph-server.js';

export interface ChildWelfareContext {
  /** This agency's system id, as it appears in identity links. */
  system: string;
  /** For non-batch calls (directory pages); per-key reads go through `loaders`. */
  adapter: ChildWelfareAdapter;
  loaders: ReturnType<typeof createChildWelfareLoaders>;
  /** The agency's access policy, enforced before any case data leaves. */
  policy: OwnerPolicy;
}

/** What the resolvers get: the subgraph's own context and the verified request's. */
export type ChildWelfareRequestContext = ChildWelfareContext & SubgraphRequestContext;

export function createChildWelfareContext(adapter: ChildWelfareAdapter, policy: OwnerPolicy): ChildWelfareContext {
  return { system: AGENCY_SYSTEMS.childWelfare, adapter, policy, loaders: createChildWelfareLoaders(adapter) };
}

/** Fresh loaders per request: each port method is called once per query-plan level. */
function createChildWelfareLoaders(adapter: ChildWelfareAdapter) {
  const maxBatchSize = adapter.capabilities.maxBatchSize;
  const loader = <T>(name: string, method: (ids: readonly string[]) => Promise<Array<T | null | Error>>) =>
    createPortLoader(method, { name: `childWelfare.${name}`, maxBatchSize });
  return {
    child: loader('childrenByIds', (ids) => adapter.childrenByIds(ids)),
    casesByChild: loader('casesByChildIds', (ids) => adapter.casesByChildIds(ids)),
    caseload: loader('caseloadsByCaseworkerIds', (ids) => adapter.caseloadsByCaseworkerIds(ids)),
    caseworker: loader('caseworkersByIds', (ids) => adapter.caseworkersByIds(ids)),
  };
}
