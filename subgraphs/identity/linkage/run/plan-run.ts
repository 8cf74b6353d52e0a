/**
 * From the engine's clusters and the store's active links to the changes a run makes — a pure
 * function, so a dry run prints exactly what a real run writes.
 * - Each cluster becomes one hub person: the person most of its records are already linked to
 *   (ties: the smaller id), unless a larger cluster claimed that person first; else a new person.
 *   Bigger clusters choose first, so a split keeps the person id with the larger part.
 * - A record already linked to the chosen person is unchanged; linked elsewhere, it moves (its
 *   link is superseded, never deleted); linked nowhere, it gets a new link.
 * - A link a person confirmed (an accepted candidate, an unmerge) is never moved by a run, and a pair a reviewer
 *   rejected is split apart again (the later record of the pair leaves the cluster).
 * - REVIEW-band pairs go to the review queue, masked (review-field-policy.ts), except pairs with a
 *   record of a protected system (DV): its existence may not be shown to hub staff at all.
 * - Links of records no longer in a source read in this run end (plan-ends.ts, with its guard).
 */
import type { LocalRecordKey, LinkMethod } from '../../../../adapters/identity/port.js';
import type { DemographicRecord } from '../../../../adapters/port/demographics.js';
import { isProtectedSystem, maskForReview } from '../../link-store/review-field-policy.js';
import type { NewCandidate, NewLink, StoredLink } from '../../link-store/types.js';
import type { LinkageResult, RecordRef } from '../types.js';
import { planEnds, type EndRefusal, type PlannedEnd } from './plan-ends.js';

export interface RunPlan {
  /** Links to write; `personId` may be a placeholder `new:<n>` until ids are minted. */
  links: NewLink[];
  newLinks: number;
  moved: Array<{ record: LocalRecordKey; from: string; to: string }>;
  unchanged: number;
  /** Records whose link a person confirmed (accepted, or restored by an unmerge): the run leaves them alone. */
  pinned: number;
  /** Records taken out of a cluster because a reviewer rejected the pair. */
  keptApart: number;
  /** New person ids the run needs. */
  newPersons: number;
  candidates: NewCandidate[];
  /** REVIEW pairs not queued because a record is in a protected system. */
  protectedPairsHeldBack: number;
  /** Links whose record is gone from a source read in this run (confirmed ones included). */
  ended: PlannedEnd[];
  /** Systems whose links the guard kept from ending (empty source, or too large a share). */
  endRefused: EndRefusal[];
}

export interface PlanInput {
  result: LinkageResult;
  records: readonly DemographicRecord[];
  active: ReadonlyMap<string, StoredLink>;
  rejected: ReadonlyArray<readonly [LocalRecordKey, LocalRecordKey]>;
  runId: string;
  /** Systems whose source was read completely in this run; only their links may end. */
  readSystems: ReadonlySet<string>;
  /** Ends links even where the guard would refuse (`--allow-mass-end`). */
  allowMassEnd?: boolean;
}

export const recordKey = (r: LocalRecordKey) => `${r.system}\u0000${r.localId}`;
export const NEW_PERSON = 'new:';

export function planRun({ result, records, active, rejected, runId, readSystems, allowMassEnd }: PlanInput): RunPlan {
  const method: LinkMethod = result.mode === 'pprl' ? 'PPRL' : 'PROBABILISTIC';
  const isPinned = (r: RecordRef) => (active.get(recordKey(r))?.confirmedBy ?? null) !== null;
  const rejectedWith = new Map<string, string[]>();
  for (const [a, b] of rejected) {
    rejectedWith.set(recordKey(a), [...(rejectedWith.get(recordKey(a)) ?? []), recordKey(b)]);
    rejectedWith.set(recordKey(b), [...(rejectedWith.get(recordKey(b)) ?? []), recordKey(a)]);
  }
  let pinned = 0;
  let keptApart = 0;
  const groups: Array<{ records: RecordRef[]; votes: RecordRef[]; score: number }> = [];
  for (const cluster of result.clusters) {
    const free = cluster.records.filter((r) => !isPinned(r));
    pinned += cluster.records.length - free.length;
    const kept: RecordRef[] = [];
    for (const r of free) {
      const enemies = rejectedWith.get(recordKey(r)) ?? [];
      if (kept.some((k) => enemies.includes(recordKey(k)))) {
        keptApart++;
        groups.push({ records: [r], votes: [r], score: 1 });
      } else kept.push(r);
    }
    // Pinned records vote too: the cluster belongs with the person a reviewer confirmed.
    if (kept.length) groups.push({ records: kept, votes: cluster.records, score: cluster.records.length > 1 ? cluster.minProbability : 1 });
  }
  groups.sort((x, y) => y.records.length - x.records.length || (recordKey(x.records[0]) < recordKey(y.records[0]) ? -1 : 1));

  const claimed = new Set<string>();
  const personOf = new Map<string, string>();
  let newPersons = 0;
  const plan: RunPlan = {
    links: [], newLinks: 0, moved: [], unchanged: 0, pinned, keptApart, newPersons: 0, candidates: [], protectedPairsHeldBack: 0,
    ...planEnds({ active, readKeys: new Set(records.map(recordKey)), readSystems, allowMassEnd }),
  };
  for (const group of groups) {
    const counts = new Map<string, number>();
    for (const r of group.votes) {
      const p = active.get(recordKey(r))?.personId;
      if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([p]) => p);
    const personId = ranked.find((p) => !claimed.has(p)) ?? `${NEW_PERSON}${newPersons++}`;
    claimed.add(personId);
    for (const r of group.records) {
      personOf.set(recordKey(r), personId);
      const current = active.get(recordKey(r));
      if (current?.personId === personId) {
        plan.unchanged++;
        continue;
      }
      if (current) plan.moved.push({ record: r, from: current.personId, to: personId });
      else plan.newLinks++;
      plan.links.push({
        personId, system: r.system, localId: r.localId, method, score: group.score,
        band: group.records.length > 1 ? 'MATCH' : null,
        reason: `linkage run ${runId}: ${group.records.length > 1 ? `cluster of ${group.records.length}, weakest p ${group.score.toFixed(4)}` : 'matched no other record'}`,
      });
    }
  }
  plan.newPersons = newPersons;

  const byKey = new Map(records.map((r) => [recordKey(r), r]));
  for (const pair of result.pairs) {
    if (pair.band !== 'REVIEW') continue;
    if (isProtectedSystem(pair.a.system) || isProtectedSystem(pair.b.system)) {
      plan.protectedPairsHeldBack++;
      continue;
    }
    const [pa, pb] = [personOf.get(recordKey(pair.a)), personOf.get(recordKey(pair.b))];
    if (pa !== undefined && pa === pb) continue; // already one person through stronger links
    const [ra, rb] = [byKey.get(recordKey(pair.a)), byKey.get(recordKey(pair.b))];
    if (!ra || !rb) continue;
    plan.candidates.push({
      a: { system: ra.system, localId: ra.localId, fields: maskForReview(ra) },
      b: { system: rb.system, localId: rb.localId, fields: maskForReview(rb) },
      probability: pair.probability,
      weight: pair.weight,
      levels: pair.levels,
    });
  }
  return plan;
}
