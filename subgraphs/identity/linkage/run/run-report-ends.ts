/**
 * The report's lines on ended links: per system how many ended, the confirmed ones apart, the
 * records themselves (at most a few) — except a protected (DV) system's, which are only counted:
 * the operator reading the report is hub staff, and a DV record's id says the person is served by
 * a DV program (VAWA, 34 U.S.C. 12291(b)(2)). Then each system the mass-end guard held back.
 */
import type { RunReport } from './link-into-store.js';
import { MASS_END_SHARE } from './plan-ends.js';

const ENDS_SHOWN = 20;

export function formatEnds(report: Pick<RunReport, 'ended' | 'endRefused' | 'dryRun' | 'closedCandidates'>): string[] {
  const lines: string[] = [];
  const confirmed = report.ended.filter((e) => e.confirmed);
  const ended = report.dryRun ? 'would be ended' : 'ended';
  lines.push(`${ended} (record gone from a source read in full): ${report.ended.length - confirmed.length}${perSystem(report.ended.filter((e) => !e.confirmed))}`);
  lines.push(`${ended}, although confirmed by a reviewer: ${confirmed.length}${perSystem(confirmed)}`);
  const shown = report.ended.filter((e) => !e.protected);
  for (const e of shown.slice(0, ENDS_SHOWN)) {
    lines.push(`  ${e.record.system} ${e.record.localId}: was ${e.personId}${e.confirmed ? ' (confirmed)' : ''} — ${e.reason}`);
  }
  if (shown.length > ENDS_SHOWN) lines.push(`  … and ${shown.length - ENDS_SHOWN} more`);
  const dv = report.ended.filter((e) => e.protected);
  if (dv.length) lines.push(`  ${dv[0].record.system}: ${dv.length} — ${dv[0].reason} (records not listed)`);
  if (report.closedCandidates) lines.push(`review candidates closed (a record's link ended): ${report.closedCandidates}`);
  for (const r of report.endRefused) {
    const what = r.why === 'empty'
      ? `its source yielded no records, which would end all ${r.wouldEnd} of its active links`
      : `${r.wouldEnd} of its ${r.activeLinks} active links (${Math.round((100 * r.wouldEnd) / r.activeLinks)}%) would end, more than ${Math.round(100 * MASS_END_SHARE)}%`;
    lines.push(`NOT ENDED: ${r.system}: ${what}. Check that source's configuration; if the records really are gone, re-run with --allow-mass-end`);
  }
  return lines;
}

function perSystem(ends: RunReport['ended']): string {
  const counts = new Map<string, number>();
  for (const e of ends) counts.set(e.record.system, (counts.get(e.record.system) ?? 0) + 1);
  return counts.size ? ` (${[...counts].map(([s, n]) => `${s} ${n}`).join(', ')})` : '';
}
