/**
 * The review queue on SQL: pairs the linker put in the middle band wait here for an integration
 * specialist. A pair is queued once (the unique key on the ordered pair), whatever a person
 * decided, so re-running the linker never re-asks a question a person already answered. A pair
 * closed because a record's link ended (end-links.ts) was never answered: if the record comes
 * back and the pair scores in the review band again, it is queued again (audited as re-opened,
 * the closing stays in the audit chain). Accepting
 * links the two records to one person with a confirmed CLERICAL_REVIEW link; rejecting is kept
 * and later runs keep the two apart (run-plan.ts).
 */
import type { LocalRecordKey } from '../../../adapters/identity/port.js';
import type { SqlQueryable } from '../../shared/sql/sql-client.js';
import { linkChangeEntry } from './link-audit.js';
import { ReviewCandidateError, type LinkStore } from './link-store.js';
import type { CandidateRow, LinkRow } from './link-tables.js';
import { rowToCandidate } from './rows.js';
import type { ChangeRunner, ReadRunner } from './sql-link-store.js';
import type { NewCandidate, NewLink, ReviewSide } from './types.js';
import { writeLinks } from './write-links.js';

type QueueMethods = Pick<LinkStore, 'enqueue' | 'pendingCandidates' | 'candidate' | 'decide' | 'rejectedPairs'>;

interface QueueDeps {
  prefix: string;
  table: string;
  change: ChangeRunner;
  read: ReadRunner;
  mint(q: SqlQueryable, count: number): Promise<string[]>;
}

/** Pairs are stored in one order, so (a, b) and (b, a) are one question. */
export function orderedPair<T extends { a: ReviewSide; b: ReviewSide }>(c: T): T {
  const ka = `${c.a.system}\u0000${c.a.localId}`;
  const kb = `${c.b.system}\u0000${c.b.localId}`;
  return ka <= kb ? c : { ...c, a: c.b, b: c.a };
}

export function createReviewQueue({ prefix, table, change, read, mint }: QueueDeps): QueueMethods {
  const queueTable = `${prefix}_review_candidate`;
  const byId = async (q: SqlQueryable, id: number, lock = false) =>
    (await q.query<CandidateRow>(`SELECT * FROM ${queueTable} WHERE candidate_id = $1${lock ? ' FOR UPDATE' : ''}`, [id])).rows[0];

  return {
    enqueue: (candidates, actor) =>
      change(async (tx) => {
        const queued = [];
        const reopened = new Set<number>();
        for (const raw of candidates) {
          const c: NewCandidate = orderedPair(raw);
          // xmax is 0 on a row this statement inserted, non-zero on one it updated (a re-opened pair).
          const { rows } = await tx.query<CandidateRow & { reopened: boolean }>(
            `INSERT INTO ${queueTable} (a_system, a_local_id, a_fields, b_system, b_local_id, b_fields, probability, weight, levels,
                                        status, queued_at, queued_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', clock_timestamp(), $10)
             ON CONFLICT (a_system, a_local_id, b_system, b_local_id) DO UPDATE
               SET a_fields = EXCLUDED.a_fields, b_fields = EXCLUDED.b_fields, probability = EXCLUDED.probability,
                   weight = EXCLUDED.weight, levels = EXCLUDED.levels, status = 'pending', queued_at = EXCLUDED.queued_at,
                   queued_by = EXCLUDED.queued_by, decided_by = NULL, decided_at = NULL, note = NULL
               WHERE ${queueTable}.status = 'closed'
             RETURNING *, (xmax::text <> '0') AS reopened`,
            [c.a.system, c.a.localId, JSON.stringify(c.a.fields), c.b.system, c.b.localId, JSON.stringify(c.b.fields),
              c.probability, c.weight, JSON.stringify(c.levels), actor.subject],
          );
          if (!rows[0]) continue;
          queued.push(rowToCandidate(rows[0]));
          if (rows[0].reopened) reopened.add(queued[queued.length - 1].candidateId);
        }
        const audit = queued.flatMap((c) => [c.a, c.b].map((side, i) => linkChangeEntry(actor, {
          personId: null, system: side.system, localId: side.localId, change: 'LinkReviewCandidate.queued',
          detail: `candidate ${c.candidateId}${reopened.has(c.candidateId) ? ' (re-opened after it was closed)' : ''}: ` +
            `with ${i === 0 ? `${c.b.system} ${c.b.localId}` : `${c.a.system} ${c.a.localId}`}, p ${c.probability.toFixed(4)}`,
        })));
        return { result: queued, audit };
      }),

    pendingCandidates: (first, after) =>
      read(async (q) => {
        const { rows } = await q.query<CandidateRow>(
          `SELECT * FROM ${queueTable} WHERE status = 'pending' AND candidate_id > $1 ORDER BY candidate_id LIMIT $2`,
          [after ?? 0, first],
        );
        const total = await q.query<{ n: unknown }>(`SELECT count(*) AS n FROM ${queueTable} WHERE status = 'pending'`);
        return { candidates: rows.map(rowToCandidate), total: Number(total.rows[0].n) };
      }),

    candidate: (id) => read(async (q) => {
      const row = await byId(q, id);
      return row ? rowToCandidate(row) : null;
    }),

    decide: (id, decision, actor, note) =>
      change(async (tx) => {
        const row = await byId(tx, id, true);
        if (!row) throw new ReviewCandidateError(`No review candidate ${id}`, 'NOT_FOUND');
        if (row.status === 'closed') {
          throw new ReviewCandidateError(`Review candidate ${id} was closed: a record of the pair is no longer linked`, 'ALREADY_DECIDED');
        }
        if (row.status !== 'pending') throw new ReviewCandidateError(`Review candidate ${id} was already ${row.status}`, 'ALREADY_DECIDED');
        const updated = await tx.query<CandidateRow>(
          `UPDATE ${queueTable} SET status = $2, decided_by = $3, decided_at = clock_timestamp(), note = $4 WHERE candidate_id = $1 RETURNING *`,
          [id, decision, actor.subject, note],
        );
        const candidate = rowToCandidate(updated.rows[0]);
        const audit = [candidate.a, candidate.b].map((side) => linkChangeEntry(actor, {
          personId: null, system: side.system, localId: side.localId, change: `LinkReviewCandidate.${decision}`,
          detail: `candidate ${id} ${decision}: ${note}`,
        }));
        if (decision === 'accepted') {
          const links = await acceptedLinks(tx, candidate.a, candidate.b, candidate.probability, id);
          const written = await writeLinks(tx, table, links, actor);
          audit.push(...written.audit);
        }
        return { result: candidate, audit };
      }),

    rejectedPairs: () =>
      read(async (q) => {
        const { rows } = await q.query<CandidateRow>(`SELECT * FROM ${queueTable} WHERE status = 'rejected'`);
        return rows.map((r): [LocalRecordKey, LocalRecordKey] => [
          { system: r.a_system, localId: r.a_local_id },
          { system: r.b_system, localId: r.b_local_id },
        ]);
      }),
  };

  /** b joins a's person (a joins b's when only b has one; both a new person when neither has). */
  async function acceptedLinks(tx: SqlQueryable, a: ReviewSide, b: ReviewSide, score: number, id: number): Promise<NewLink[]> {
    const active = async (s: ReviewSide) =>
      (await tx.query<LinkRow>(`SELECT * FROM ${table} WHERE system = $1 AND local_id = $2 AND status = 'active'`, [s.system, s.localId])).rows[0];
    const [la, lb] = [await active(a), await active(b)];
    const personId = la?.person_id ?? lb?.person_id ?? (await mint(tx, 1))[0];
    const link = (s: ReviewSide): NewLink => ({
      personId, system: s.system, localId: s.localId, method: 'CLERICAL_REVIEW', score, band: 'REVIEW', confirmed: true,
      reason: `review candidate ${id} accepted`,
    });
    // b always gets a confirmed link (the reviewer's decision is on record even when the linker had
    // already put both under one person); a only when it is not already with that person.
    return la?.person_id === personId ? [link(b)] : [link(a), link(b)];
  }
}
