/**
 * Child welfare on a county's PostgreSQL database (CCWIS-like: person, case, worker assignment,
 * removal, placement). Kysely builds every query from the mapping, so the queries are dialect
 * neutral: only the connection and the binary-order collation name PostgreSQL.
 */
import { AGENCY_SYSTEMS } from '../../port/agency-systems.js';
import { attempt, runBatch } from '../../sql/batch.js';
import { onceClose } from '../../sql/closer.js';
import { sqlHealth } from '../../sql/health.js';
import { selectDataQuality } from '../../sql/data-quality-columns.js';
import { pickDemographicColumns, sqlDemographicsSource } from '../../sql/demographics-source.js';
import { column, selectFields } from '../../sql/mapping.js';
import { createPostgresKysely, type PostgresConnectionOptions } from '../../sql/postgres-connection.js';
import { binaryCollated, type SqlFlavor } from '../../sql/sql-flavor.js';
import type { SqlDb } from '../../sql/sql-db.js';
import type { Caseworker, ChildWelfareAdapter, ChildWelfareChild } from '../port.js';
import { loadCasesByOwner } from './case-queries.js';
import { type ChildWelfareMapping, defaultChildWelfareMapping } from './mapping.js';
import { CASEWORKER_FIELDS, CHILD_FIELDS, toCaseworker, toChild } from './records.js';
import type { Row } from '../../sql/owned-lists.js';

export interface SqlChildWelfareOptions {
  /** Tables, columns and code maps; default: the schema of migrations/. */
  mapping?: ChildWelfareMapping;
  /** The id of the system in provenance and identity links. Default `child-welfare`. */
  sourceSystem?: string;
  /** Largest batch one call accepts. Default 1000 (well under the 65,535 bind parameters). */
  maxBatchSize?: number;
}

export interface PostgresChildWelfareOptions extends PostgresConnectionOptions, SqlChildWelfareOptions {}

export function createPostgresChildWelfareAdapter(options: PostgresChildWelfareOptions): ChildWelfareAdapter {
  return createSqlChildWelfareAdapter(createPostgresKysely(options), 'postgres', options);
}

/** The adapter over any Kysely the flavor names; it owns `db` and destroys it on `close()`. */
export function createSqlChildWelfareAdapter(db: SqlDb, flavor: SqlFlavor, options: SqlChildWelfareOptions = {}): ChildWelfareAdapter {
  const m = options.mapping ?? defaultChildWelfareMapping;
  const sourceSystem = options.sourceSystem ?? AGENCY_SYSTEMS.childWelfare;
  const byId = <T>(rows: Row[], id: string, build: (row: Row) => T) =>
    new Map(rows.map((row) => [String(row[id]), attempt(() => build(row))]));

  return {
    capabilities: { sourceSystem, freshness: 'live', maxBatchSize: options.maxBatchSize ?? 1000 },
    health: () => sqlHealth(db, `child welfare database (${flavor})`),
    close: onceClose(db),

    childrenByIds: (keys) =>
      runBatch<ChildWelfareChild>(keys, async (ids) => {
        const rows = await db
          .selectFrom(`${m.child.table} as p`)
          .select([...selectFields('p', m.child, CHILD_FIELDS), ...selectDataQuality('p', m.child)])
          .where(column('p', m.child, 'localId'), 'in', ids)
          .execute();
        return byId(rows, 'localId', (row) => toChild(row, m.codes, sourceSystem));
      }),

    caseworkersByIds: (keys) =>
      runBatch<Caseworker>(keys, async (ids) => {
        const rows = await db
          .selectFrom(`${m.caseworker.table} as w`)
          .select(selectFields('w', m.caseworker, CASEWORKER_FIELDS))
          .where(column('w', m.caseworker, 'caseworkerId'), 'in', ids)
          .execute();
        return byId(rows, 'caseworkerId', (row) => toCaseworker(row, sourceSystem));
      }),

    // Record linkage reads the person table page by page (sql/demographics-source.ts).
    demographics: () =>
      sqlDemographicsSource({
        db, flavor, system: sourceSystem, table: m.child.table, sexCodes: m.codes.sex,
        columns: pickDemographicColumns(m.child.columns, 'lastName'),
      }),

    casesByChildIds: (keys) => runBatch(keys, (ids) => loadCasesByOwner(db, m, 'child', ids, sourceSystem)),
    caseloadsByCaseworkerIds: (keys) => runBatch(keys, (ids) => loadCasesByOwner(db, m, 'caseworker', ids, sourceSystem)),

    // Binary (code-unit) order, in ORDER BY and in the cursor comparison alike, so pages joined by
    // `after` visit every caseworker once whatever the database's locale.
    listCaseworkers: async ({ first, after }) => {
      const limit = Math.max(0, Math.floor(first));
      if (limit === 0) return [];
      const id = binaryCollated(flavor, column('w', m.caseworker, 'caseworkerId'));
      let query = db
        .selectFrom(`${m.caseworker.table} as w`)
        .select(selectFields('w', m.caseworker, CASEWORKER_FIELDS))
        .orderBy(id)
        .limit(limit);
      if (after) query = query.where(id, '>', after);
      return (await query.execute()).map((row) => toCaseworker(row, sourceSystem));
    },
  };
}
