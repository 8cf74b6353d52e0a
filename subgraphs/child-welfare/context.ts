import type { ChildWelfareAdapter } from '../../adapters/child-welfare/port.js';
import { createPortLoader } from '../../adapters/port/port-loader.js';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';

export interface ChildWelfareContext {
  /** This agency's system id, as it appears in identity links. */
  system: string;
  /** For non-batch calls (directory pages); per-key reads go through `loaders`. */
  adapter: ChildWelfareAdapter;
  loaders: ReturnType<typeof createChildWelfareLoaders>;
}

export function createChildWelfareContext(adapter: ChildWelfareAdapter): ChildWelfareContext {
  return { system: AGENCY_SYSTEMS.childWelfare, adapter, loaders: createChildWelfareLoaders(adapter) };
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
