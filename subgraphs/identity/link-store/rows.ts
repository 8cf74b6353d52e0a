/** Database rows -> link store types (pg returns bigint as a string, timestamps as Date). */
import type { LinkMethod } from '../../../adapters/identity/port.js';
import { toIso } from '../../shared/audit/audit-table.js';
import type { CandidateRow, LinkRow } from './link-tables.js';
import type { CandidateStatus, LinkStatus, MaskedDemographics, ReviewCandidate, StoredLink } from './types.js';

const isoOrNull = (v: unknown) => (v == null ? null : toIso(v));
const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

export function rowToLink(row: LinkRow): StoredLink {
  return {
    linkId: Number(row.link_id),
    personId: row.person_id,
    system: row.system,
    localId: row.local_id,
    method: row.method as LinkMethod,
    score: Number(row.score),
    band: row.band,
    createdAt: toIso(row.created_at),
    createdBy: row.created_by,
    confirmedBy: row.confirmed_by,
    confirmedAt: isoOrNull(row.confirmed_at),
    status: row.status as LinkStatus,
    endedAt: isoOrNull(row.ended_at),
    endedBy: row.ended_by,
    endReason: row.end_reason,
    replacedBy: row.replaced_by == null ? null : Number(row.replaced_by),
  };
}

export function rowToCandidate(row: CandidateRow): ReviewCandidate {
  return {
    candidateId: Number(row.candidate_id),
    a: { system: row.a_system, localId: row.a_local_id, fields: json<MaskedDemographics>(row.a_fields) },
    b: { system: row.b_system, localId: row.b_local_id, fields: json<MaskedDemographics>(row.b_fields) },
    probability: Number(row.probability),
    weight: Number(row.weight),
    levels: json<Record<string, string | null>>(row.levels),
    status: row.status as CandidateStatus,
    queuedAt: toIso(row.queued_at),
    queuedBy: row.queued_by,
    decidedBy: row.decided_by,
    decidedAt: isoOrNull(row.decided_at),
    note: row.note,
  };
}
