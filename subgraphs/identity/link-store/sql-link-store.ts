/**
 * The link store on SQL: Postgres (pg) or embedded PGlite, through the same SqlClient as the audit
 * store. Each change runs in one transaction that also appends its audit entries to the identity
 * chain; if the append fails, the transaction rolls back ("no audit, no change"). If the commit
 * fails after the append, the chain records a change that did not happen: the safe direction.
 */
import type { LocalRecordKey } from '../../../adapters/identity/port.js';
import type { AuditStore } from '../../shared/audit/audit-store.js';
import type { SqlClient, SqlQueryable } from '../../shared/sql/sql-client.js';
import type { LinkStore } from './link-store.js';
import { linkChangeEntry } from './link-audit.js';
import { linkStoreSql, widenStatusChecks, type LinkRow } from './link-tables.js';
import { createReviewQueue } from './sql-review-queue.js';
import { rowToLink } from './rows.js';
import { writeLinks } from './write-links.js';
import { endLinks } from './end-links.js';

export interface SqlLinkStoreOptions {
  client: SqlClient;
  /**
   * The identity audit chain every change is written to. On PGlite it must be another database
   * than `client`'s: PGlite has one connection, and the append runs inside the change's transaction.
   */
  audit: AuditStore;
  /** Table prefix (default `identity`): `identity_link`, `identity_review_candidate`, ... */
  prefix?: string;
  /** Whether close() closes the client (default true). The audit store is never closed here. */
  closeClient?: boolean;
}

const PREFIX = /^[a-z][a-z0-9_]{0,40}$/;
/** 'LINK', so the schema lock never meets another feature's advisory locks. */
const LOCK_NAMESPACE = 0x4c494e4b;

export function createSqlLinkStore({ client, audit, prefix = 'identity', closeClient = true }: SqlLinkStoreOptions): LinkStore {
  if (!PREFIX.test(prefix)) throw new Error(`link store prefix "${prefix}" must be lower-case letters, digits or _`);
  const table = `${prefix}_link`;
  let ready: Promise<void> | undefined;
  const ensure = (): Promise<void> =>
    (ready ??= client
      .transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_NAMESPACE, prefix]);
        for (const statement of linkStoreSql(prefix)) await tx.query(statement);
        await widenStatusChecks(tx, prefix);
      })
      .catch((error: unknown) => {
        ready = undefined;
        throw error;
      }));
  const read = async <T>(work: (q: SqlQueryable) => Promise<T>): Promise<T> => {
    await ensure();
    return work(client);
  };
  /** Runs a change and appends its audit entries in one transaction. */
  const change = async <T>(work: (tx: SqlQueryable) => Promise<{ result: T; audit: Parameters<AuditStore['append']>[0] }>): Promise<T> => {
    await ensure();
    return client.transaction(async (tx) => {
      const { result, audit: entries } = await work(tx);
      await audit.append(entries);
      return result;
    });
  };
  const mint = async (q: SqlQueryable, count: number) => {
    const { rows } = await q.query<{ n: unknown }>(`SELECT nextval('${prefix}_person_seq') AS n FROM generate_series(1, $1)`, [count]);
    return rows.map((r) => `P-L${String(r.n).padStart(6, '0')}`);
  };
  const queue = createReviewQueue({ prefix, table, change, read, mint });

  return {
    ...queue,
    activeLinksByPersonIds: (personIds) =>
      read(async (q) => {
        const { rows } = await q.query<LinkRow>(
          `SELECT * FROM ${table} WHERE status = 'active' AND person_id = ANY($1::text[]) ORDER BY link_id`,
          [personIds],
        );
        const out = new Map<string, ReturnType<typeof rowToLink>[]>(personIds.map((id) => [id, []]));
        for (const row of rows) out.get(row.person_id)?.push(rowToLink(row));
        return out;
      }),
    activeLinksOf: (keys) =>
      read(async (q) => {
        const { rows } = await q.query<LinkRow>(
          `SELECT l.* FROM ${table} l JOIN unnest($1::text[], $2::text[]) AS k(system, local_id)
              ON l.system = k.system AND l.local_id = k.local_id WHERE l.status = 'active'`,
          [keys.map((k) => k.system), keys.map((k) => k.localId)],
        );
        const byKey = new Map(rows.map((r) => [`${r.system}\u0000${r.local_id}`, rowToLink(r)]));
        return keys.map((k) => byKey.get(`${k.system}\u0000${k.localId}`) ?? null);
      }),
    allActiveLinks: () =>
      read(async (q) => (await q.query<LinkRow>(`SELECT * FROM ${table} WHERE status = 'active' ORDER BY link_id`)).rows.map(rowToLink)),
    history: (key: LocalRecordKey) =>
      read(async (q) =>
        (await q.query<LinkRow>(`SELECT * FROM ${table} WHERE system = $1 AND local_id = $2 ORDER BY link_id`, [key.system, key.localId]))
          .rows.map(rowToLink)),
    countActiveLinks: () =>
      read(async (q) => Number((await q.query<{ n: unknown }>(`SELECT count(*) AS n FROM ${table} WHERE status = 'active'`)).rows[0].n)),
    link: (links, actor) =>
      change(async (tx) => {
        const { created, audit: entries } = await writeLinks(tx, table, links, actor);
        return { result: created, audit: entries };
      }),
    end: (ends, actor) =>
      change(async (tx) => {
        const { audit: entries, ...result } = await endLinks(tx, prefix, ends, actor);
        return { result, audit: entries };
      }),
    unmerge: (key, actor, reason) =>
      change(async (tx) => {
        const { rows } = await tx.query<LinkRow>(
          `SELECT * FROM ${table} WHERE system = $1 AND local_id = $2 AND status = 'active' FOR UPDATE`,
          [key.system, key.localId],
        );
        if (!rows[0]) throw new RangeError(`${key.system} ${key.localId} has no active link to unmerge`);
        const current = rowToLink(rows[0]);
        // The link this one replaced, if the record was re-linked: unmerging restores it.
        const before = (await tx.query<LinkRow>(`SELECT * FROM ${table} WHERE replaced_by = $1 AND status = 'superseded'`, [current.linkId])).rows[0];
        const previous = before ? rowToLink(before) : null;
        const personId = previous?.personId ?? (await mint(tx, 1))[0];
        await tx.query(
          `UPDATE ${table} SET status = 'unmerged', ended_at = clock_timestamp(), ended_by = $2, end_reason = $3 WHERE link_id = $1`,
          [current.linkId, actor.subject, reason],
        );
        const restored = previous
          ? { method: previous.method, score: previous.score, band: previous.band }
          : { method: 'CLERICAL_REVIEW' as const, score: 1, band: null };
        const inserted = await tx.query<LinkRow>(
          `INSERT INTO ${table} (person_id, system, local_id, method, score, band, created_at, created_by, confirmed_by, confirmed_at, status)
           VALUES ($1, $2, $3, $4, $5, $6, clock_timestamp(), $7, $7, clock_timestamp(), 'active') RETURNING *`,
          [personId, key.system, key.localId, restored.method, restored.score, restored.band, actor.subject],
        );
        const link = rowToLink(inserted.rows[0]);
        await tx.query(`UPDATE ${table} SET replaced_by = $2 WHERE link_id = $1`, [current.linkId, link.linkId]);
        const what = previous ? `restored link ${previous.linkId}'s person` : 'a new person of its own';
        return {
          result: link,
          audit: [
            linkChangeEntry(actor, { personId: current.personId, system: key.system, localId: key.localId, change: 'AgencyLink.unmerged',
              detail: `link ${current.linkId} unmerged: ${reason}` }),
            linkChangeEntry(actor, { personId, system: key.system, localId: key.localId, change: 'AgencyLink.created',
              detail: `link ${link.linkId}: after unmerge of link ${current.linkId}, ${what}` }),
          ],
        };
      }),
    mintPersonIds: (count) => read((q) => mint(q, count)),
    getMeta: (key) =>
      read(async (q) => (await q.query<{ value: string }>(`SELECT value FROM ${prefix}_meta WHERE key = $1`, [key])).rows[0]?.value ?? null),
    setMeta: (key, value) =>
      read(async (q) => {
        await q.query(`INSERT INTO ${prefix}_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2`, [key, value]);
      }),
    async health() {
      try {
        await read((q) => q.query(`SELECT 1 FROM ${table} LIMIT 1`));
        return { status: 'up', detail: `link store ${table} on ${client.description}` };
      } catch (error) {
        return { status: 'down', detail: error instanceof Error ? error.message : String(error) };
      }
    },
    async close() {
      if (closeClient) await client.close();
    },
  };
}

export type ChangeRunner = <T>(
  work: (tx: SqlQueryable) => Promise<{ result: T; audit: Parameters<AuditStore['append']>[0] }>,
) => Promise<T>;
export type ReadRunner = <T>(work: (q: SqlQueryable) => Promise<T>) => Promise<T>;
