/**
 * The hash that chains audit entries: SHA-256 over a canonical JSON form of everything in the
 * entry except the hash itself (sequence, time and prevHash included), so changing any fact,
 * renumbering an entry or relinking it changes its hash. Canonical = object keys sorted at every
 * level, arrays in order, absent optional fields left out; the same entry always gives the same
 * bytes whatever order a driver or a programmer put its keys in.
 */
import { createHash } from 'node:crypto';
import type { AuditDisclosure, AuditEntry } from './types.js';

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`).join(',')}}`;
}

export function hashEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const { hash: _ignored, ...content } = entry as AuditEntry;
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** Only the fields AuditDisclosure names go into the row and the hash, whatever else the caller passed. */
export function pickDisclosure(d: AuditDisclosure): AuditDisclosure {
  return {
    requestId: d.requestId,
    subgraph: d.subgraph,
    actor: {
      subject: d.actor.subject,
      name: d.actor.name,
      organization: d.actor.organization,
      roles: [...d.actor.roles],
    },
    purposeOfUse: d.purposeOfUse,
    ...(d.breakGlass
      ? { breakGlass: { reason: d.breakGlass.reason, expiresAt: d.breakGlass.expiresAt } }
      : {}),
    personId: d.personId ?? null,
    system: d.system,
    localId: d.localId,
    decision: d.decision,
    labels: [...d.labels],
    fields: [...d.fields],
    legalBasis: d.legalBasis,
  };
}
