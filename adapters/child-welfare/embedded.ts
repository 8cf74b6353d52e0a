/** Child welfare served from generated synthetic data, so `npm start` needs no database. */
import type { ChildWelfareDataset } from '../synthetic/population.js';
import { AGENCY_SYSTEMS } from '../port/agency-systems.js';
import {
  answerFromIndex,
  answerGroups,
  embeddedHealth,
  groupBy,
  indexBy,
  newestFirst,
  type EmbeddedOptions,
} from '../port/embedded-index.js';
import type { ChildWelfareAdapter } from './port.js';
import { childWelfareDemographics } from '../synthetic/dataset-demographics.js';
import { arraySource } from '../synthetic/demographics.js';

export function createEmbeddedChildWelfareAdapter(data: ChildWelfareDataset, options: EmbeddedOptions = {}): ChildWelfareAdapter {
  const children = indexBy(data.children, (c) => c.localId);
  const caseworkers = indexBy(data.caseworkers, (w) => w.caseworkerId);
  const casesByChild = groupBy(data.cases, (c) => c.childLocalId);
  for (const cases of casesByChild.values()) newestFirst(cases, (c) => c.openedOn);
  const openCasesByWorker = groupBy(
    data.cases.filter((c) => c.status === 'OPEN'),
    (c) => c.caseworkerId,
  );
  // Plain code-unit order, the same order the `after` cursor compares in (no locale collation).
  const sortedWorkers = [...data.caseworkers].sort((a, b) => compareIds(a.caseworkerId, b.caseworkerId));

  return {
    capabilities: { sourceSystem: AGENCY_SYSTEMS.childWelfare, freshness: 'snapshot', maxBatchSize: 1000, asOf: options.asOf },
    // Record linkage: the slice's own identifying fields (no SSN or ZIP: the slice does not carry them).
    demographics: () => arraySource(AGENCY_SYSTEMS.childWelfare, childWelfareDemographics(data)),
    health: () => embeddedHealth(data.children.length + data.cases.length),
    childrenByIds: async (ids) => answerFromIndex(ids, children),
    casesByChildIds: async (ids) => answerGroups(ids, children, casesByChild),
    caseloadsByCaseworkerIds: async (ids) => answerGroups(ids, caseworkers, openCasesByWorker),
    caseworkersByIds: async (ids) => answerFromIndex(ids, caseworkers),
    listCaseworkers: async ({ first, after }) =>
      structuredClone(sortedWorkers.filter((w) => !after || w.caseworkerId > after).slice(0, Math.max(0, first))),
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
