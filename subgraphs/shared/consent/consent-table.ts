/**
 * Where consents live: one Postgres schema per owner namespace (e.g. `consent_dv_shelter`), each
 * with one `consents` table that also has an `owner` column.
 * - The schema is the namespace: each owner's consents can sit in that owner's own database, or
 *   beside others yet granted, backed up and retained on the owner's terms (the law gives each
 *   consent to its holder). Tests get a schema of their own and drop it.
 * - The owner column keeps every row self-describing (FHIR Consent.organization, the custodian)
 *   and lets one namespace serve several owners where a deployment wants that (`npm start`).
 * Queried fields are columns; the whole record is kept as JSONB (`consent`), the FHIR-shaped parts
 * (grantors, actors, period, document, revocation) with it. Deleting is refused by a trigger.
 */
import { periodBounds } from './consent-period.js';
import type { ConsentActor, ConsentRecord } from './types.js';

const NAMESPACE = /^[a-z][a-z0-9_]{0,62}$/;

export function consentTable(namespace: string): string {
  if (!NAMESPACE.test(namespace)) {
    throw new Error(`Consent namespace "${namespace}" must be lower-case letters, digits or _ (at most 63), starting with a letter`);
  }
  return `${namespace}.consents`;
}

/** Idempotent, and safe when several replicas start at once (they queue on an advisory lock). */
export function schemaScript(namespace: string): string {
  const table = consentTable(namespace);
  return `BEGIN;
SELECT pg_advisory_xact_lock(hashtext('consent-registry-schema'));
CREATE SCHEMA IF NOT EXISTS ${namespace};
CREATE TABLE IF NOT EXISTS ${table} (
  id text PRIMARY KEY,
  owner text NOT NULL,
  kind text NOT NULL,
  person_id text,
  subject_system text,
  subject_local_id text,
  status text NOT NULL CHECK (status IN ('draft', 'proposed', 'active', 'rejected', 'inactive', 'entered-in-error')),
  period_start timestamptz NOT NULL,
  period_end timestamptz,
  purposes text[] NOT NULL,
  data_classes text[] NOT NULL,
  actor_keys text[] NOT NULL,
  revoked_at timestamptz,
  recorded_at timestamptz NOT NULL,
  consent jsonb NOT NULL,
  CHECK (person_id IS NOT NULL OR subject_local_id IS NOT NULL)
);
CREATE INDEX IF NOT EXISTS consents_person ON ${table} (owner, person_id) WHERE person_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS consents_subject ON ${table} (owner, subject_system, subject_local_id) WHERE subject_local_id IS NOT NULL;
CREATE OR REPLACE FUNCTION ${namespace}.consents_never_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'consents are never deleted: revoke instead';
END $$;
CREATE OR REPLACE TRIGGER consents_never_delete BEFORE DELETE ON ${table}
  FOR EACH ROW EXECUTE FUNCTION ${namespace}.consents_never_delete();
COMMIT;`;
}

/**
 * The keys a consent's actors match on, so `activeFor` is one array overlap:
 * `org:<organization>`, `role:<organization>:<role>`, `person:<subject>`, or
 * `person:<organization>:<subject>` when the form names the person's organization too.
 */
export function actorKeys(actors: readonly ConsentActor[]): string[] {
  return actors.map((actor) =>
    actor.kind === 'organization'
      ? `org:${actor.reference}`
      : actor.kind === 'role'
        ? `role:${actor.organization}:${actor.reference}`
        : actor.organization
          ? `person:${actor.organization}:${actor.reference}`
          : `person:${actor.reference}`,
  );
}

export function recipientKeys(recipient: { organization: string; roles: readonly string[]; person?: string }): string[] {
  return [
    `org:${recipient.organization}`,
    ...recipient.roles.map((role) => `role:${recipient.organization}:${role}`),
    ...(recipient.person ? [`person:${recipient.person}`, `person:${recipient.organization}:${recipient.person}`] : []),
  ];
}

export const INSERT_COLUMNS = [
  'id', 'owner', 'kind', 'person_id', 'subject_system', 'subject_local_id', 'status', 'period_start',
  'period_end', 'purposes', 'data_classes', 'actor_keys', 'revoked_at', 'recorded_at', 'consent',
] as const;

export function recordToParams(record: ConsentRecord): unknown[] {
  const { start, end } = periodBounds(record.period);
  return [
    record.id, record.owner, record.kind, record.personId ?? null, record.subject?.system ?? null,
    record.subject?.localId ?? null, record.status, start.toISOString(), end?.toISOString() ?? null,
    record.purposes, record.dataClasses, actorKeys(record.actors), record.revokedAt ?? null,
    record.recordedAt, JSON.stringify(record),
  ];
}
