/**
 * The audit store on SQL (Postgres or PGlite through SqlClient). Appends take a transaction-scoped
 * advisory lock per chain, read the newest entry, and insert the new ones numbered and chained
 * after it, so any number of subgraph replicas writing at once still produce one linear chain.
 * The primary key on `sequence` is the backstop: a writer that somehow skipped the lock fails to
 * insert (and so releases nothing) rather than forking the chain.
 *
 * Append-only is not something Postgres can enforce against a superuser (REVOKE UPDATE, DELETE
 * does not bind the table owner or a superuser), so detection is the guarantee: verify() finds
 * any edited, deleted, reordered or inserted entry (HIPAA 45 CFR 164.312(b), audit controls).
 */
import { accountingFilter } from './accounting-filter.js';
import { AuditUnavailableError, type AuditStore, type AuditVerification } from './audit-store.js';
import { COLUMNS, auditTableName, createTableSql, entryToParams, rowToEntry, toIso } from './audit-table.js';
import type { AuditRow } from './audit-table.js';
import { ChainChecker } from './chain-check.js';
import { hashEntry, pickDisclosure } from './entry-hash.js';
import type { SqlClient, SqlQueryable } from '../sql/sql-client.js';
import { GENESIS_HASH, type AuditDisclosure, type AuditEntry } from './types.js';

export interface SqlAuditStoreOptions {
  client: SqlClient;
  /** The chain (normally the subgraph name); the table is `audit_log_<chain>`. */
  chain: string;
  /** Whether close() also closes the client (default true); false when several stores share one. */
  closeClient?: boolean;
}

/** First key of the two-key advisory lock: 'AUDT', so our locks never meet another feature's. */
const LOCK_NAMESPACE = 0x41554454;
const PAGE = 1_000;
const ROWS_PER_INSERT = 500; // 20 parameters a row, well under Postgres's 65,535

export function createSqlAuditStore({ client, chain, closeClient = true }: SqlAuditStoreOptions): AuditStore {
  const table = auditTableName(chain);
  let schemaReady: Promise<void> | undefined;
  let closed = false;

  /** Creates the table once per store; a failed attempt is retried on the next call. */
  function ensureSchema(): Promise<void> {
    schemaReady ??= client
      .transaction(async (tx) => {
        await lock(tx);
        for (const statement of createTableSql(table)) await tx.query(statement);
      })
      .catch((error: unknown) => {
        schemaReady = undefined;
        throw error;
      });
    return schemaReady;
  }

  const lock = (tx: SqlQueryable) =>
    tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_NAMESPACE, table]);

  /** Reads need no table: a chain never written to is empty, not an error. */
  async function tableExists(): Promise<boolean> {
    const found = await client.query<{ name: string | null }>('SELECT to_regclass($1)::text AS name', [table]);
    return found.rows[0]?.name != null;
  }

  async function appendLocked(
    tx: SqlQueryable,
    disclosures: readonly AuditDisclosure[],
  ): Promise<AuditEntry[]> {
    await lock(tx);
    // The time comes from the database, one clock for every replica; the newest entry is read under the lock.
    const { rows } = await tx.query<{ now: unknown; sequence: unknown; hash: string | null }>(
      `SELECT clock_timestamp() AS now, last.sequence, last.hash
         FROM (SELECT 1) AS one
         LEFT JOIN (SELECT sequence, hash FROM ${table} ORDER BY sequence DESC LIMIT 1) AS last ON true`,
    );
    const recordedAt = toIso(rows[0].now);
    let sequence = rows[0].sequence == null ? 0 : Number(rows[0].sequence);
    let prevHash = rows[0].hash ?? GENESIS_HASH;
    const entries = disclosures.map((disclosure) => {
      const unhashed = { ...pickDisclosure(disclosure), sequence: (sequence += 1), recordedAt, prevHash };
      const entry: AuditEntry = { ...unhashed, hash: hashEntry(unhashed) };
      prevHash = entry.hash;
      return entry;
    });
    for (let start = 0; start < entries.length; start += ROWS_PER_INSERT) {
      const chunk = entries.slice(start, start + ROWS_PER_INSERT);
      const placeholders = (row: number) => COLUMNS.map((_, col) => `$${row * COLUMNS.length + col + 1}`);
      const values = chunk.map((_, row) => `(${placeholders(row).join(', ')})`).join(', ');
      const insert = `INSERT INTO ${table} (${COLUMNS.join(', ')}) VALUES ${values}`;
      await tx.query(insert, chunk.flatMap(entryToParams));
    }
    return entries;
  }

  async function guarded<T>(what: string, work: () => Promise<T>): Promise<T> {
    if (closed) throw new AuditUnavailableError(`Audit store ${table} is closed`);
    try {
      return await work();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const message = `Could not ${what} audit chain ${table} on ${client.description}: ${reason}`;
      throw new AuditUnavailableError(message, { cause: error });
    }
  }

  return {
    async append(disclosures) {
      if (disclosures.length === 0) return [];
      return guarded('append to', async () => {
        await ensureSchema();
        return client.transaction((tx) => appendLocked(tx, disclosures));
      });
    },

    verify: () =>
      guarded('verify', async (): Promise<AuditVerification> => {
        const checker = new ChainChecker();
        if (!(await tableExists())) return checker.end();
        for (let after = 0; ; ) {
          const { rows } = await client.query<AuditRow>(
            `SELECT * FROM ${table} WHERE sequence > $1 ORDER BY sequence LIMIT ${PAGE}`,
            [after],
          );
          for (const row of rows) checker.push(rowToEntry(row));
          if (rows.length < PAGE) return checker.end();
          after = Number(rows[rows.length - 1].sequence);
        }
      }),

    async disclosuresFor(query) {
      const { where, params } = accountingFilter(query); // a bad date is the caller's error, not the store's
      return guarded('read', async () => {
        if (!(await tableExists())) return [];
        const limit = query.limit ? `LIMIT ${Math.max(1, Math.floor(query.limit))}` : '';
        const { rows } = await client.query<AuditRow>(
          `SELECT * FROM ${table} ${where} ORDER BY sequence DESC ${limit}`,
          params,
        );
        return rows.map(rowToEntry);
      });
    },

    async health() {
      const checkedAt = new Date().toISOString();
      try {
        await guarded('reach', async () => {
          await ensureSchema();
          await client.query(`SELECT 1 FROM ${table} LIMIT 1`);
        });
        return { status: 'up', checkedAt, detail: `audit chain ${table} on ${client.description}` };
      } catch (error) {
        return { status: 'down', checkedAt, detail: error instanceof Error ? error.message : String(error) };
      }
    },

    async close() {
      if (closed) return;
      closed = true;
      if (closeClient) await client.close();
    },
  };
}
