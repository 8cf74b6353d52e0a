/**
 * Ending links, inside a caller's transaction: a record that left the linkage (gone from its
 * agency's source, or a DV client whose release no longer covers linkage) keeps its row, now
 * `ended` with who/when/why and nothing replacing it, and the pending review candidates that name
 * the record are `closed`, so no reviewer is asked about a record the hub no longer links. The
 * audit entries say no more than the link row already did: person, system, local id and the
 * given reason (for a DV record a generic one, VAWA 34 U.S.C. 12291(b)(2); see plan-ends.ts).
 */
import type { AuditDisclosure } from '../../shared/audit/types.js';
import type { SqlQueryable } from '../../shared/sql/sql-client.js';
import { linkChangeEntry } from './link-audit.js';
import type { CandidateRow, LinkRow } from './link-tables.js';
import { rowToCandidate, rowToLink } from './rows.js';
import type { LinkActor, LinkEnd, StoredLink } from './types.js';

export async function endLinks(
  tx: SqlQueryable,
  prefix: string,
  ends: readonly LinkEnd[],
  actor: LinkActor,
): Promise<{ ended: StoredLink[]; closedCandidates: number; audit: AuditDisclosure[] }> {
  const seen = new Set<number>();
  for (const e of ends) {
    if (!Number.isSafeInteger(e.linkId) || e.linkId < 1) throw new RangeError(`link id must be a positive integer, got ${e.linkId}`);
    if (seen.has(e.linkId)) throw new RangeError(`link ${e.linkId} appears twice in one change`);
    if (!e.reason.trim()) throw new RangeError(`link ${e.linkId} needs an end reason`);
    seen.add(e.linkId);
  }
  if (ends.length === 0) return { ended: [], closedCandidates: 0, audit: [] };
  // Only rows still active: a link re-linked or unmerged since the caller read it is not ended.
  const { rows } = await tx.query<LinkRow>(
    `UPDATE ${prefix}_link AS l SET status = 'ended', ended_at = clock_timestamp(), ended_by = $3, end_reason = k.reason
       FROM unnest($1::bigint[], $2::text[]) AS k(link_id, reason)
      WHERE l.link_id = k.link_id AND l.status = 'active'
      RETURNING l.*`,
    [ends.map((e) => e.linkId), ends.map((e) => e.reason), actor.subject],
  );
  const ended = rows.map(rowToLink);
  const closed = ended.length === 0 ? [] : (await tx.query<CandidateRow>(
    `UPDATE ${prefix}_review_candidate AS c
        SET status = 'closed', decided_by = $4, decided_at = clock_timestamp(),
            note = 'no longer offered: the link of ' || k.system || ' ' || k.local_id || ' ended (' || k.reason || ')'
       FROM unnest($1::text[], $2::text[], $3::text[]) AS k(system, local_id, reason)
      WHERE c.status = 'pending'
        AND ((c.a_system = k.system AND c.a_local_id = k.local_id) OR (c.b_system = k.system AND c.b_local_id = k.local_id))
      RETURNING c.*`,
    [ended.map((l) => l.system), ended.map((l) => l.localId), ended.map((l) => l.endReason ?? ''), actor.subject],
  )).rows.map(rowToCandidate);
  const audit = [
    ...ended.map((l) => linkChangeEntry(actor, {
      personId: l.personId, system: l.system, localId: l.localId, change: 'AgencyLink.ended',
      detail: `link ${l.linkId} ended: ${l.endReason}`,
    })),
    ...closed.flatMap((c) => [c.a, c.b].map((side) => linkChangeEntry(actor, {
      personId: null, system: side.system, localId: side.localId, change: 'LinkReviewCandidate.closed',
      detail: `candidate ${c.candidateId} closed: ${c.note}`,
    }))),
  ];
  return { ended, closedCandidates: closed.length, audit };
}
