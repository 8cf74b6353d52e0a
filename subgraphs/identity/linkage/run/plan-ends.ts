/**
 * Which links a run ends — a pure function, so a dry run prints exactly what a run ends.
 * - Only systems read completely in this run count: an active link of such a system whose record
 *   was not read has lost its record, and ends. A system not read (a skipped agency) keeps its
 *   links exactly as they are: not reading it says nothing about its records.
 * - Links a reviewer confirmed end too (the record is gone); the plan lists them apart.
 * - Guard against a misconfigured or empty source wiping a system's links: if the system's source
 *   yielded no records, or the run would end more than `massEndShare` of the system's active
 *   links (and more than `MASS_END_MIN`), nothing of that system is ended and the refusal is reported, unless `allowMassEnd`.
 * - A protected (DV) system is never held back by the guard, and its links end with one generic
 *   reason. A DV program's source yields a client only under a VAWA release naming the hub for
 *   linkage (dv-linkage-releases.ts), and the hub may hold the link only while such a release
 *   covers it (34 U.S.C. 12291(b)(2)): a record missing there may mean a revoked or expired
 *   release, or a deleted record, and the reason must not tell which — "not released for
 *   linkage" is true of both, and says nothing about the client's release or services.
 */
import type { LocalRecordKey } from '../../../../adapters/identity/port.js';
import { isProtectedSystem } from '../../link-store/review-field-policy.js';
import type { StoredLink } from '../../link-store/types.js';

/** The share of a system's active links one run may end without `allowMassEnd`. */
export const MASS_END_SHARE = 0.2;
/** Ending this many links or fewer is never a mass end: a small system losing a record is not. */
export const MASS_END_MIN = 3;
/** The only end reason a protected (DV) record's link ever gets. */
export const NOT_RELEASED_REASON = 'not released for linkage';
export const goneReason = (system: string) => `record no longer in ${system}`;

export interface PlannedEnd {
  linkId: number;
  record: LocalRecordKey;
  personId: string;
  /** A reviewer had confirmed the link (accepted candidate, unmerge). */
  confirmed: boolean;
  /** A protected (DV) system: report counts only, never the record. */
  protected: boolean;
  reason: string;
}

export interface EndRefusal {
  system: string;
  activeLinks: number;
  wouldEnd: number;
  /** `empty`: the source yielded no records; `share`: more than the allowed share would end. */
  why: 'empty' | 'share';
}

export interface EndsInput {
  /** Every active link, by record key. */
  active: ReadonlyMap<string, StoredLink>;
  /** Keys of the records read in this run. */
  readKeys: ReadonlySet<string>;
  /** Systems whose source was read completely in this run (readers throw rather than stop short). */
  readSystems: ReadonlySet<string>;
  allowMassEnd?: boolean;
  massEndShare?: number;
}

export function planEnds({ active, readKeys, readSystems, allowMassEnd = false, massEndShare = MASS_END_SHARE }: EndsInput): {
  ended: PlannedEnd[];
  endRefused: EndRefusal[];
} {
  const bySystem = new Map<string, { active: number; gone: PlannedEnd[] }>();
  const recordsRead = new Map<string, number>();
  for (const key of readKeys) {
    const system = key.slice(0, key.indexOf('\u0000'));
    recordsRead.set(system, (recordsRead.get(system) ?? 0) + 1);
  }
  for (const [key, link] of active) {
    if (!readSystems.has(link.system)) continue;
    let t = bySystem.get(link.system);
    if (!t) bySystem.set(link.system, (t = { active: 0, gone: [] }));
    t.active++;
    if (readKeys.has(key)) continue;
    const isProtected = isProtectedSystem(link.system);
    t.gone.push({
      linkId: link.linkId,
      record: { system: link.system, localId: link.localId },
      personId: link.personId,
      confirmed: link.confirmedBy !== null,
      protected: isProtected,
      reason: isProtected ? NOT_RELEASED_REASON : goneReason(link.system),
    });
  }
  const ended: PlannedEnd[] = [];
  const endRefused: EndRefusal[] = [];
  for (const [system, t] of [...bySystem].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (t.gone.length === 0) continue;
    // For DV, a run with no released client left is the law's intended outcome, not a
    // misconfiguration, so the guard does not apply.
    const why = isProtectedSystem(system) ? null
      : !recordsRead.get(system) ? 'empty'
      : t.gone.length > Math.max(massEndShare * t.active, MASS_END_MIN) ? 'share' : null;
    if (why && !allowMassEnd) endRefused.push({ system, activeLinks: t.active, wouldEnd: t.gone.length, why });
    else ended.push(...t.gone);
  }
  return { ended, endRefused };
}
