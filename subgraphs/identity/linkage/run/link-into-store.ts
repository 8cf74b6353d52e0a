/**
 * One linkage run against the link store: read every configured source's demographics, link them
 * (engine.ts, or PPRL), plan the changes against the store (plan-run.ts) and, unless it is a dry
 * run, write them: links first (each chunk audited in its own transaction), then the ends of links
 * whose record is gone (plan-ends.ts; closing their pending review candidates in the same
 * transaction), then the review queue. A source that fails part-way fails the run before anything
 * is written, so a system counts as read only when all of its records were.
 */
import { randomUUID } from 'node:crypto';
import { readAllDemographics, type DemographicRecord, type DemographicsSource } from '../../../../adapters/port/demographics.js';
import type { LinkStore } from '../../link-store/link-store.js';
import type { LinkActor } from '../../link-store/types.js';
import { type EngineOptions, linkPlaintext } from '../engine.js';
import { linkPrivacyPreserving } from '../pprl/engine.js';
import { NEW_PERSON, planRun, recordKey, type RunPlan } from './plan-run.js';

export interface RunOptions {
  sources: readonly DemographicsSource[];
  store: LinkStore;
  dryRun?: boolean;
  /** `pprl` links keyed Bloom filters instead of plaintext fields; needs `secret`. */
  mode?: 'plaintext' | 'pprl';
  secret?: string;
  engine?: Partial<EngineOptions>;
  runId?: string;
  /** Ends links even where the mass-end guard refuses (`--allow-mass-end`; plan-ends.ts). */
  allowMassEnd?: boolean;
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface RunReport extends Omit<RunPlan, 'links' | 'candidates'> {
  runId: string;
  dryRun: boolean;
  recordsBySystem: Record<string, number>;
  /** Candidates the plan proposed; `queued` of them were new to the queue (0 in a dry run). */
  reviewPairs: number;
  queued: number;
  /** Pending review candidates closed because a record's link ended (0 in a dry run). */
  closedCandidates: number;
  bandCounts: Record<string, number>;
}

const WRITE_CHUNK = 2_000;

export const RUN_ACTOR: Omit<LinkActor, 'requestId'> = {
  subject: 'linkage-run',
  name: 'npm run linkage:run',
  organization: 'common-client-hub',
  roles: [],
};

export async function linkIntoStore(options: RunOptions): Promise<RunReport> {
  const runId = options.runId ?? randomUUID();
  const progress = options.onProgress ?? (() => {});
  const records: DemographicRecord[] = [];
  for (const source of options.sources) {
    records.push(...(await readAllDemographics(source, 1000, (n) => progress(`read ${source.system}`, n, 0))));
  }
  const engine = { ...options.engine, onProgress: progress };
  const result = options.mode === 'pprl'
    ? linkPrivacyPreserving(records, { ...engine, secret: requireSecret(options.secret) })
    : linkPlaintext(records, engine);
  const active = new Map((await options.store.allActiveLinks()).map((l) => [recordKey(l), l]));
  const plan = planRun({
    result, records, active, rejected: await options.store.rejectedPairs(), runId,
    readSystems: new Set(options.sources.map((s) => s.system)), allowMassEnd: options.allowMassEnd,
  });

  let queued = 0;
  let closedCandidates = 0;
  if (!options.dryRun) {
    const ids = plan.newPersons ? await options.store.mintPersonIds(plan.newPersons) : [];
    const links = plan.links.map((l) => (l.personId.startsWith(NEW_PERSON) ? { ...l, personId: ids[Number(l.personId.slice(NEW_PERSON.length))] } : l));
    for (const m of plan.moved) if (m.to.startsWith(NEW_PERSON)) m.to = ids[Number(m.to.slice(NEW_PERSON.length))];
    const actor: LinkActor = { ...RUN_ACTOR, requestId: runId };
    for (let start = 0; start < links.length; start += WRITE_CHUNK) {
      await options.store.link(links.slice(start, start + WRITE_CHUNK), actor);
      progress('write links', Math.min(links.length, start + WRITE_CHUNK), links.length);
    }
    for (let start = 0; start < plan.ended.length; start += WRITE_CHUNK) {
      const chunk = plan.ended.slice(start, start + WRITE_CHUNK).map((e) => ({ linkId: e.linkId, reason: e.reason }));
      closedCandidates += (await options.store.end(chunk, actor)).closedCandidates;
      progress('end links', Math.min(plan.ended.length, start + WRITE_CHUNK), plan.ended.length);
    }
    queued = (await options.store.enqueue(plan.candidates, actor)).length;
  }
  const { links: _links, candidates, ...counts } = plan;
  // Every source read is listed, an empty one too (a DV program with no released client: 0).
  const recordsBySystem: Record<string, number> = Object.fromEntries(options.sources.map((s) => [s.system, 0]));
  for (const r of records) recordsBySystem[r.system] = (recordsBySystem[r.system] ?? 0) + 1;
  return { ...counts, runId, dryRun: options.dryRun ?? false, recordsBySystem, reviewPairs: candidates.length, queued, closedCandidates, bandCounts: result.bandCounts };
}

function requireSecret(secret: string | undefined): string {
  if (!secret) throw new Error('PPRL needs the data holders\' shared secret: set LINKAGE_SHARED_SECRET');
  return secret;
}
