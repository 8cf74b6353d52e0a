/**
 * One table per chain (`audit_log_<chain>`, the chain normally being the subgraph), rather than
 * one table with a `chain` column: each data owner's log can then sit in that owner's own
 * database and be granted, backed up and retained (six years, 45 CFR 164.530(j)) on the owner's
 * terms, and the sequence is a plain primary key with no composite to get wrong.
 */
import type { AuditDisclosure, AuditEntry } from './types.js';

const CHAIN_NAME = /^[a-z][a-z0-9_-]{0,39}$/;

export function auditTableName(chain: string): string {
  if (!CHAIN_NAME.test(chain)) {
    throw new Error(
      `Audit chain name "${chain}" must be lower-case letters, digits, - or _ (at most 40), starting with a letter`,
    );
  }
  return `audit_log_${chain.replaceAll('-', '_')}`;
}

export function createTableSql(table: string): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${table} (
      sequence bigint PRIMARY KEY CHECK (sequence > 0),
      recorded_at timestamptz NOT NULL,
      request_id text NOT NULL,
      subgraph text NOT NULL,
      actor_subject text NOT NULL,
      actor_name text NOT NULL,
      actor_organization text NOT NULL,
      actor_roles text[] NOT NULL,
      purpose_of_use text NOT NULL,
      break_glass_reason text,
      break_glass_expires_at text,
      person_id text,
      system text NOT NULL,
      local_id text NOT NULL,
      decision text NOT NULL CHECK (decision IN ('PERMIT', 'DENY')),
      labels text[] NOT NULL,
      fields text[] NOT NULL,
      legal_basis text NOT NULL,
      prev_hash text NOT NULL,
      hash text NOT NULL
    )`,
    `CREATE INDEX IF NOT EXISTS ${table}_person ON ${table} (person_id, sequence DESC)`,
    `CREATE INDEX IF NOT EXISTS ${table}_record ON ${table} (system, local_id, sequence DESC)`,
  ];
}

/** Column order for INSERT, matching entryToParams. */
export const COLUMNS = [
  'sequence', 'recorded_at', 'request_id', 'subgraph', 'actor_subject', 'actor_name', 'actor_organization',
  'actor_roles', 'purpose_of_use', 'break_glass_reason', 'break_glass_expires_at', 'person_id', 'system',
  'local_id', 'decision', 'labels', 'fields', 'legal_basis', 'prev_hash', 'hash',
] as const;

export type AuditRow = Record<(typeof COLUMNS)[number], unknown>;

export function entryToParams(entry: AuditEntry): unknown[] {
  return [
    entry.sequence, entry.recordedAt, entry.requestId, entry.subgraph, entry.actor.subject, entry.actor.name,
    entry.actor.organization, entry.actor.roles, entry.purposeOfUse, entry.breakGlass?.reason ?? null,
    entry.breakGlass?.expiresAt ?? null, entry.personId, entry.system, entry.localId, entry.decision,
    entry.labels, entry.fields, entry.legalBasis, entry.prevHash, entry.hash,
  ];
}

export function rowToEntry(row: AuditRow): AuditEntry {
  const disclosure: AuditDisclosure = {
    requestId: String(row.request_id),
    subgraph: String(row.subgraph),
    actor: {
      subject: String(row.actor_subject),
      name: String(row.actor_name),
      organization: String(row.actor_organization),
      roles: row.actor_roles as AuditDisclosure['actor']['roles'],
    },
    purposeOfUse: row.purpose_of_use as AuditDisclosure['purposeOfUse'],
    ...(row.break_glass_reason != null
      ? {
          breakGlass: { reason: String(row.break_glass_reason), expiresAt: String(row.break_glass_expires_at) },
        }
      : {}),
    personId: row.person_id == null ? null : String(row.person_id),
    system: String(row.system),
    localId: String(row.local_id),
    decision: row.decision as AuditDisclosure['decision'],
    labels: row.labels as string[],
    fields: row.fields as string[],
    legalBasis: String(row.legal_basis),
  };
  return {
    sequence: Number(row.sequence), // pg returns bigint as a string
    recordedAt: toIso(row.recorded_at),
    ...disclosure,
    prevHash: String(row.prev_hash),
    hash: String(row.hash),
  };
}

export function toIso(value: unknown): string {
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date and time: ${String(value)}`);
  return date.toISOString();
}
