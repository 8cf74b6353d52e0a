/**
 * The link store's tables. History is kept by never updating a link's identity: a re-link ends
 * the old row (`superseded`, with who/when/why and the row that replaced it) and inserts a new
 * one; an unmerge does the same with `unmerged`. A partial unique index allows one active link
 * per agency record, so two writers can never link one record to two people at once.
 */
import type { SqlQueryable } from '../../shared/sql/sql-client.js';

const LINK_STATUSES = `'active', 'superseded', 'unmerged', 'ended'`;
const CANDIDATE_STATUSES = `'pending', 'accepted', 'rejected', 'closed'`;

export function linkStoreSql(prefix: string): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${prefix}_link (
      link_id bigserial PRIMARY KEY,
      person_id text NOT NULL,
      system text NOT NULL,
      local_id text NOT NULL,
      method text NOT NULL CHECK (method IN ('DETERMINISTIC', 'PROBABILISTIC', 'PPRL', 'CLERICAL_REVIEW', 'SEEDED')),
      score double precision NOT NULL CHECK (score >= 0 AND score <= 1),
      band text,
      created_at timestamptz NOT NULL,
      created_by text NOT NULL,
      confirmed_by text,
      confirmed_at timestamptz,
      status text NOT NULL CONSTRAINT ${prefix}_link_status_check CHECK (status IN (${LINK_STATUSES})),
      ended_at timestamptz,
      ended_by text,
      end_reason text,
      replaced_by bigint
    )`,
    `CREATE UNIQUE INDEX IF NOT EXISTS ${prefix}_link_active_record ON ${prefix}_link (system, local_id) WHERE status = 'active'`,
    `CREATE INDEX IF NOT EXISTS ${prefix}_link_active_person ON ${prefix}_link (person_id) WHERE status = 'active'`,
    `CREATE INDEX IF NOT EXISTS ${prefix}_link_record ON ${prefix}_link (system, local_id, link_id)`,
    `CREATE TABLE IF NOT EXISTS ${prefix}_review_candidate (
      candidate_id bigserial PRIMARY KEY,
      a_system text NOT NULL,
      a_local_id text NOT NULL,
      a_fields jsonb NOT NULL,
      b_system text NOT NULL,
      b_local_id text NOT NULL,
      b_fields jsonb NOT NULL,
      probability double precision NOT NULL,
      weight double precision NOT NULL,
      levels jsonb NOT NULL,
      status text NOT NULL CONSTRAINT ${prefix}_review_candidate_status_check CHECK (status IN (${CANDIDATE_STATUSES})),
      queued_at timestamptz NOT NULL,
      queued_by text NOT NULL,
      decided_by text,
      decided_at timestamptz,
      note text,
      UNIQUE (a_system, a_local_id, b_system, b_local_id)
    )`,
    `CREATE SEQUENCE IF NOT EXISTS ${prefix}_person_seq`,
    `CREATE TABLE IF NOT EXISTS ${prefix}_meta (key text PRIMARY KEY, value text NOT NULL)`,
  ];
}

/**
 * Stores created before links could end (`ended`) or candidates be closed (`closed`) have the
 * narrower status checks: widen them, once, inside the caller's schema transaction. Checked first
 * so an up-to-date store takes no ACCESS EXCLUSIVE lock when a process opens it.
 */
export async function widenStatusChecks(tx: SqlQueryable, prefix: string): Promise<void> {
  for (const [table, statuses, added] of [[`${prefix}_link`, LINK_STATUSES, 'ended'], [`${prefix}_review_candidate`, CANDIDATE_STATUSES, 'closed']]) {
    const constraint = `${table}_status_check`;
    const { rows } = await tx.query<{ def: string }>(
      `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = to_regclass($1) AND conname = $2`,
      [table, constraint],
    );
    if (rows[0]?.def.includes(`'${added}'`)) continue;
    await tx.query(`ALTER TABLE ${table} DROP CONSTRAINT IF EXISTS ${constraint}`);
    await tx.query(`ALTER TABLE ${table} ADD CONSTRAINT ${constraint} CHECK (status IN (${statuses}))`);
  }
}

export type LinkRow = {
  link_id: unknown; person_id: string; system: string; local_id: string; method: string; score: unknown;
  band: string | null; created_at: unknown; created_by: string; confirmed_by: string | null; confirmed_at: unknown;
  status: string; ended_at: unknown; ended_by: string | null; end_reason: string | null; replaced_by: unknown;
};

export type CandidateRow = {
  candidate_id: unknown; a_system: string; a_local_id: string; a_fields: unknown; b_system: string; b_local_id: string;
  b_fields: unknown; probability: unknown; weight: unknown; levels: unknown; status: string; queued_at: unknown;
  queued_by: string; decided_by: string | null; decided_at: unknown; note: string | null;
};
