/**
 * The test FHIR server's PostgreSQL store: resources as jsonb, searched by token (identifier) or
 * reference (patient) with keyset paging in binary id order, so pages joined by their cursor
 * visit every match once. One statement per search page, one per read.
 */
import { sql } from 'kysely';
import { checkIdentifier } from '../../../sql/identifier.js';
import { runSqlMigrations } from '../../../sql/migrate.js';
import type { SqlDb } from '../../../sql/sql-db.js';
import type { FhirResourceBase } from '../fhir-types.js';

/** A token search value: `system|value`, `|value` (no system) or `value` (any system). */
export interface TokenValue {
  /** `undefined`: any system; `null`: no system. */
  system: string | null | undefined;
  value: string;
}

export type Criteria =
  | { kind: 'all' }
  | { kind: 'identifier'; tokens: TokenValue[] }
  | { kind: 'patient'; patientIds: string[] };

export interface SearchPage {
  resources: FhirResourceBase[];
  /** The id to continue after, or null when this was the last page. */
  after: string | null;
}

/** Create (or finish creating) the store's tables in `schema` (first on `db`'s search path). */
export async function migrateFhirStore(db: SqlDb, schema?: string): Promise<string[]> {
  if (schema) await sql`create schema if not exists ${sql.id(checkIdentifier(schema))}`.execute(db);
  return runSqlMigrations(db, new URL('./migrations/', import.meta.url));
}

export async function readResource(db: SqlDb, type: string, id: string): Promise<FhirResourceBase | null> {
  const row = await db
    .selectFrom('fhir_resource')
    .select('resource')
    .where('resource_type', '=', type)
    .where('id', '=', id)
    .executeTakeFirst();
  return (row?.resource as FhirResourceBase | undefined) ?? null;
}

export async function searchResources(db: SqlDb, type: string, criteria: Criteria, count: number, after: string | null): Promise<SearchPage> {
  let query = db
    .selectFrom('fhir_resource as r')
    .select(['r.id', 'r.resource'])
    .where('r.resource_type', '=', type)
    .orderBy('r.id')
    // One more than the page, to know whether a next page exists without counting.
    .limit(count + 1);
  if (after !== null) query = query.where('r.id', '>', after);
  if (criteria.kind === 'patient') query = query.where('r.patient_id', 'in', criteria.patientIds);
  if (criteria.kind === 'identifier') {
    const matches = db
      .selectFrom('fhir_identifier as i')
      .select(sql.lit(1).as('hit'))
      .whereRef('i.resource_type', '=', 'r.resource_type')
      .whereRef('i.id', '=', 'r.id')
      .where((eb) =>
        eb.or(
          criteria.tokens.map((t) =>
            eb.and([
              eb('i.value', '=', t.value),
              ...(t.system === undefined ? [] : [t.system === null ? eb('i.system', 'is', null) : eb('i.system', '=', t.system)]),
            ]),
          ),
        ),
      );
    query = query.where((eb) => eb.exists(matches));
  }
  const rows = await query.execute();
  const page = rows.slice(0, count);
  return {
    resources: page.map((row) => row.resource as FhirResourceBase),
    after: rows.length > count ? String(page[page.length - 1].id) : null,
  };
}
