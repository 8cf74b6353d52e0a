/** The text `npm run linkage:run` prints: what changed, what did not, and what waits for review. */
import type { RunReport } from './link-into-store.js';
import { formatEnds } from './run-report-ends.js';

const MOVES_SHOWN = 20;

export function formatRunReport(report: RunReport, skipped: ReadonlyArray<{ system: string; reason: string }>, dvReleased: number): string {
  const lines: string[] = [];
  lines.push(`linkage:run ${report.runId}${report.dryRun ? ' — dry run: nothing was written' : ''}`);
  const read = Object.entries(report.recordsBySystem).map(([s, n]) => `${s} ${n}`).join(', ') || 'none';
  lines.push(`records read: ${read} (DV clients with a VAWA release for linkage: ${dvReleased})`);
  for (const s of skipped) lines.push(`skipped: ${s.system} (${s.reason}); its links are unchanged`);
  lines.push(`pairs scored: MATCH ${report.bandCounts.MATCH ?? 0}, REVIEW ${report.bandCounts.REVIEW ?? 0}, NON_MATCH ${report.bandCounts.NON_MATCH ?? 0}`);
  const verb = report.dryRun ? 'would be' : 'were';
  lines.push(`new links: ${report.newLinks}`);
  lines.push(`moved (re-linked to another person): ${report.moved.length}`);
  for (const m of report.moved.slice(0, MOVES_SHOWN)) lines.push(`  ${m.record.system} ${m.record.localId}: ${m.from} -> ${m.to}`);
  if (report.moved.length > MOVES_SHOWN) lines.push(`  … and ${report.moved.length - MOVES_SHOWN} more`);
  lines.push(...formatEnds(report));
  lines.push(`unchanged: ${report.unchanged}`);
  lines.push(`left alone (confirmed by a reviewer): ${report.pinned}`);
  lines.push(`kept apart (rejected by a reviewer): ${report.keptApart}`);
  lines.push(`new hub persons: ${report.newPersons}`);
  lines.push(
    `review queue: ${report.reviewPairs} pair(s) in the review band; ${report.dryRun ? 'none queued (dry run)' : `${report.queued} newly queued`}` +
      (report.protectedPairsHeldBack ? `; ${report.protectedPairsHeldBack} with a DV record held back (never shown to reviewers)` : ''),
  );
  const linkChanges = report.newLinks + report.moved.length + report.ended.length;
  const changed = linkChanges + report.queued + report.closedCandidates;
  if (changed === 0 && !report.dryRun) lines.push(report.endRefused.length ? 'no changes (but see the links not ended above)' : 'no changes');
  else if (report.dryRun) lines.push(`${linkChanges} link change(s) ${verb} made`);
  return lines.join('\n');
}
