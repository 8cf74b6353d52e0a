/**
 * The consent registry on Postgres or PGlite (same SQL). Every read goes to the database — no
 * cache — so a revocation is seen by the very next `activeFor` (42 CFR 2.31(b); an oral VAWA
 * revocation takes effect at once). Rows are never deleted; revoking sets status `inactive` with
 * who, when and why.
 */
import { randomUUID } from 'node:crypto';
import type { AgencySystem } from '../../../adapters/port/agency-systems.js';
import { ConsentNotFoundError, ConsentRefusedError } from './consent-errors.js';
import { DEFAULT_CONSENT_RULES, type ConsentRules } from './consent-rules.js';
import type { ConsentStore, Revocation } from './consent-store.js';
import { INSERT_COLUMNS, consentTable, recipientKeys, recordToParams, schemaScript } from './consent-table.js';
import type { SqlClient } from '../sql/sql-client.js';
import { activeForSql, listSql } from './sql-consent-queries.js';
import type { ConsentRecord, NewConsent } from './types.js';
import { validateConsent } from './validate-consent.js';

export interface SqlConsentStoreOptions {
  client: SqlClient;
  /** The Postgres schema holding this registry (default `consent`). */
  namespace?: string;
  /** Bind the store to one owner: it records, lists and answers for that owner only. */
  owner?: AgencySystem;
  rules?: Partial<ConsentRules>;
  /** The clock, for tests. */
  now?: () => Date;
  /** Close the client with the store (default true). */
  closeClient?: boolean;
}

type Row = { consent: ConsentRecord };

export function createSqlConsentStore(options: SqlConsentStoreOptions): ConsentStore {
  const { client, owner } = options;
  const namespace = options.namespace ?? 'consent';
  const table = consentTable(namespace);
  const rules = { ...DEFAULT_CONSENT_RULES, ...options.rules };
  const now = options.now ?? (() => new Date());
  let ready: Promise<void> | undefined;
  const init = () =>
    (ready ??= client.exec(schemaScript(namespace)).catch((error: unknown) => {
      ready = undefined; // try again on the next call
      throw error;
    }));
  const query = async (text: string, params: unknown[]) => {
    await init();
    return (await client.query<Row>(text, params)).rows.map((row) => row.consent);
  };
  const get = async (id: string) => {
    const [found] = await query(`SELECT consent FROM ${table} WHERE id = $1`, [id]);
    return found && (!owner || found.owner === owner) ? found : null;
  };

  return {
    async record(consent: NewConsent) {
      const at = now();
      const problems =
        owner && consent.owner !== owner
          ? [`This registry holds ${owner}'s consents, not ${consent.owner}'s.`]
          : validateConsent(consent, { rules, now: at });
      if (problems.length > 0) throw new ConsentRefusedError(problems);
      const record = toRecord(consent, randomUUID(), at);
      const placeholders = INSERT_COLUMNS.map((column, i) => (column === 'consent' ? `$${i + 1}::jsonb` : `$${i + 1}`));
      await query(`INSERT INTO ${table} (${INSERT_COLUMNS.join(', ')}) VALUES (${placeholders.join(', ')})`, recordToParams(record));
      return record;
    },

    async revoke(id: string, revocation: Revocation) {
      const existing = await get(id);
      if (!existing) throw new ConsentNotFoundError(id);
      const at = revocation.at ?? now();
      const problems = revocationProblems(existing, revocation, at, now());
      if (problems.length > 0) throw new ConsentRefusedError(problems);
      const change = {
        status: 'inactive',
        revokedAt: at.toISOString(),
        revokedBy: { subject: revocation.by.subject, name: revocation.by.name },
        revocationReason: revocation.reason.trim(),
      };
      const [revoked] = await query(
        `UPDATE ${table} SET status = 'inactive', revoked_at = $2, consent = consent || $3::jsonb
         WHERE id = $1 AND revoked_at IS NULL RETURNING consent`,
        [id, change.revokedAt, JSON.stringify(change)],
      );
      if (!revoked) throw new ConsentRefusedError([`Consent ${id} was revoked meanwhile.`]);
      return revoked;
    },

    get,

    async list(listQuery) {
      if (owner && listQuery.owner && listQuery.owner !== owner) return [];
      const { text, params } = listSql(table, { ...listQuery, owner: listQuery.owner ?? owner }, now());
      return query(text, params);
    },

    async activeFor(activeQuery) {
      if (!activeQuery.personId && !activeQuery.subject) throw new Error('activeFor needs a personId or a local subject');
      if (owner && activeQuery.owner !== owner) return [];
      const { text, params } = activeForSql(table, activeQuery, recipientKeys(activeQuery.recipient));
      return query(text, params);
    },

    async health() {
      try {
        await query(`SELECT NULL::jsonb AS consent FROM ${table} LIMIT 0`, []);
        return { ok: true, detail: `${client.description} (${table})` };
      } catch (error) {
        return { ok: false, detail: `${client.description}: ${(error as Error).message}` };
      }
    },

    async close() {
      if (options.closeClient ?? true) await client.close();
    },
  };
}

/** Only the known fields, so nothing the caller adds (a revokedAt, say) is stored. */
function toRecord(consent: NewConsent, id: string, at: Date): ConsentRecord {
  return {
    id,
    owner: consent.owner,
    kind: consent.kind,
    ...(consent.personId !== undefined && { personId: consent.personId }),
    ...(consent.subject && { subject: { system: consent.subject.system, localId: consent.subject.localId } }),
    ...(consent.subjectCapacity && { subjectCapacity: consent.subjectCapacity }),
    status: 'active',
    grantors: consent.grantors,
    actors: consent.actors,
    purposes: consent.purposes,
    dataClasses: consent.dataClasses,
    period: consent.period,
    signedOn: consent.signedOn,
    ...(consent.writtenDocument && { writtenDocument: consent.writtenDocument }),
    ...(consent.rightToRevokeAcknowledged !== undefined && { rightToRevokeAcknowledged: consent.rightToRevokeAcknowledged }),
    ...(consent.expirationEvent !== undefined && { expirationEvent: consent.expirationEvent }),
    recordedBy: { subject: consent.recordedBy.subject, name: consent.recordedBy.name },
    recordedAt: at.toISOString(),
  };
}

function revocationProblems(existing: ConsentRecord, revocation: Revocation, at: Date, now: Date): string[] {
  const problems: string[] = [];
  if (existing.revokedAt) problems.push(`Consent ${existing.id} was already revoked on ${existing.revokedAt}.`);
  else if (existing.status !== 'active') problems.push(`Consent ${existing.id} is ${existing.status}; there is nothing to revoke.`);
  if (!revocation.reason?.trim()) problems.push('Say why (for example "client revoked by phone").');
  if (!revocation.by?.subject) problems.push('Say who is recording the revocation.');
  if (at.getTime() > now.getTime()) problems.push('A revocation takes effect now; it cannot be dated in the future.');
  if (at.getTime() < new Date(`${existing.signedOn}T00:00:00Z`).getTime()) problems.push('A revocation cannot predate the signature.');
  return problems;
}
