/**
 * The one write path for links, inside a caller's transaction: end each record's active link
 * (`superseded`), insert the new rows, point the ended rows at their replacements, and return the
 * audit entries the caller must append before committing. Set-based (unnest), so seeding a
 * population's thousands of links is a few statements, not thousands.
 */
import type { AuditDisclosure } from '../../shared/audit/types.js';
import type { SqlQueryable } from '../../shared/sql/sql-client.js';
import { linkChangeEntry } from './link-audit.js';
import type { LinkRow } from './link-tables.js';
import { rowToLink } from './rows.js';
import type { LinkActor, NewLink, StoredLink } from './types.js';

const recordKey = (system: string, localId: string) => `${system}\u0000${localId}`;

export async function writeLinks(
  tx: SqlQueryable,
  table: string,
  links: readonly NewLink[],
  actor: LinkActor,
): Promise<{ created: StoredLink[]; audit: AuditDisclosure[] }> {
  const seen = new Set<string>();
  for (const l of links) {
    const k = recordKey(l.system, l.localId);
    if (seen.has(k)) throw new RangeError(`${l.system} ${l.localId} appears twice in one change: a record has one person`);
    seen.add(k);
    if (!(l.score >= 0 && l.score <= 1)) throw new RangeError(`score of ${l.system} ${l.localId} must be in [0, 1], got ${l.score}`);
  }
  if (links.length === 0) return { created: [], audit: [] };
  const systems = links.map((l) => l.system);
  const localIds = links.map((l) => l.localId);
  const ended = await tx.query<LinkRow>(
    `UPDATE ${table} AS l SET status = 'superseded', ended_at = clock_timestamp(), ended_by = $3, end_reason = 're-linked'
       FROM unnest($1::text[], $2::text[]) AS k(system, local_id)
      WHERE l.status = 'active' AND l.system = k.system AND l.local_id = k.local_id
      RETURNING l.*`,
    [systems, localIds, actor.subject],
  );
  const inserted = await tx.query<LinkRow>(
    `INSERT INTO ${table} (person_id, system, local_id, method, score, band, created_at, created_by, confirmed_by, confirmed_at, status)
     SELECT t.person_id, t.system, t.local_id, t.method, t.score, t.band, COALESCE(t.created_at, clock_timestamp()), $8,
            CASE WHEN t.confirmed THEN $8 END, CASE WHEN t.confirmed THEN clock_timestamp() END, 'active'
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::text[], $7::timestamptz[], $9::boolean[])
         AS t(person_id, system, local_id, method, score, band, created_at, confirmed)
     RETURNING *`,
    [links.map((l) => l.personId), systems, localIds, links.map((l) => l.method), links.map((l) => l.score),
      links.map((l) => l.band), links.map((l) => l.createdAt ?? null), actor.subject, links.map((l) => l.confirmed ?? false)],
  );
  if (ended.rows.length > 0) {
    await tx.query(
      `UPDATE ${table} AS old SET replaced_by = new.link_id
         FROM ${table} AS new
        WHERE old.link_id = ANY($1::bigint[]) AND new.status = 'active' AND new.system = old.system AND new.local_id = old.local_id`,
      [ended.rows.map((r) => r.link_id)],
    );
  }
  const reasons = new Map(links.map((l) => [recordKey(l.system, l.localId), l.reason]));
  const created = inserted.rows.map(rowToLink);
  const audit = [
    ...ended.rows.map((r) => linkChangeEntry(actor, {
      personId: r.person_id, system: r.system, localId: r.local_id, change: 'AgencyLink.superseded',
      detail: `link ${r.link_id} ended: re-linked (${reasons.get(recordKey(r.system, r.local_id))})`,
    })),
    ...created.map((l) => linkChangeEntry(actor, {
      personId: l.personId, system: l.system, localId: l.localId, change: 'AgencyLink.created',
      detail: `link ${l.linkId}: ${l.method} score ${l.score.toFixed(4)}${l.confirmedBy ? ` confirmed by ${l.confirmedBy}` : ''}; ${reasons.get(recordKey(l.system, l.localId))}`,
    })),
  ];
  return { created, audit };
}
