/**
 * The two reading queries. `activeFor` is the decision input and applies the same test as
 * consentStateAt: in force (FHIR `active`, or `inactive` by a revocation later than `at`), within
 * the period (end exclusive), for the recipient, the purpose, and every class asked for.
 */
import type { ActiveConsentQuery, ConsentListQuery } from './consent-store.js';

export function activeForSql(table: string, query: ActiveConsentQuery, keys: string[]) {
  const classes = typeof query.dataClass === 'string' ? [query.dataClass] : [...query.dataClass];
  return {
    text: `SELECT consent FROM ${table}
      WHERE owner = $1
        AND (person_id = $2::text OR (subject_system = $3::text AND subject_local_id = $4::text))
        AND actor_keys && $5::text[]
        AND purposes @> ARRAY[$6::text]
        AND data_classes @> $7::text[]
        AND period_start <= $8::timestamptz AND (period_end IS NULL OR period_end > $8::timestamptz)
        AND (status = 'active' OR (status = 'inactive' AND revoked_at IS NOT NULL))
        AND (revoked_at IS NULL OR revoked_at > $8::timestamptz)
      ORDER BY recorded_at, id`,
    params: [
      query.owner, query.personId ?? null, query.subject?.system ?? null, query.subject?.localId ?? null,
      keys, query.purpose, classes, query.at.toISOString(),
    ],
  };
}

export function listSql(table: string, query: ConsentListQuery, now: Date) {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (condition: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(condition(`$${params.length}`));
  };
  if (query.owner) add((n) => `owner = ${n}`, query.owner);
  if (query.personId) add((n) => `person_id = ${n}`, query.personId);
  if (query.subject) {
    add((n) => `subject_system = ${n}`, query.subject.system);
    add((n) => `subject_local_id = ${n}`, query.subject.localId);
  }
  if (query.kind) add((n) => `kind = ${n}`, query.kind);
  if (!query.includeInactive) {
    add((n) => `status IN ('active', 'draft', 'proposed') AND revoked_at IS NULL AND (period_end IS NULL OR period_end > ${n}::timestamptz)`, now.toISOString());
  }
  return {
    text: `SELECT consent FROM ${table}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY recorded_at, id`,
    params,
  };
}
