/**
 * The link store's tables. History is kept by never updating a link's identity: a re-link ends
 * the old row (`superseded`, with who/when/why and the row that replaced it) and inserts a new
 * one; an unmerge does the same with `unmerged`. A partial unique index allows one active link
 * per agency record, so two writers can never link one record to two people at once.
 */
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
      status text NOT NULL CHECK (status IN ('active', 'superseded', 'unmerged')),
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
      status text NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected')),
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
