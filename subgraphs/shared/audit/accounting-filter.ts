/** The WHERE clause of an accounting-of-disclosures query (HIPAA 45 CFR 164.528), parameterised. */
import type { AuditQuery } from './audit-store.js';
import { toIso } from './audit-table.js';

export function accountingFilter(query: AuditQuery): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    conditions.push(sql.replace(/\?/g, () => `$${params.push(values.shift())}`));
  };
  const records = query.alsoRecords;
  if (query.personId !== undefined && records?.localIds.length) {
    add('(person_id = ? OR (system = ? AND local_id = ANY(?)))', query.personId, records.system, [...records.localIds]);
  } else if (query.personId !== undefined) add('person_id = ?', query.personId);
  if (query.system !== undefined) add('system = ?', query.system);
  if (query.localId !== undefined) add('local_id = ?', query.localId);
  if (query.from !== undefined) add('recorded_at >= ?', toIso(query.from));
  if (query.to !== undefined) add('recorded_at <= ?', toIso(query.to));
  if (query.decision !== undefined) add('decision = ?', query.decision);
  if (query.breakGlass) conditions.push('break_glass_reason IS NOT NULL');
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
