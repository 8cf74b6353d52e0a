/**
 * Does the database have every table and column the mapping names? Read from information_schema
 * (the current schema on PostgreSQL, the current database on MariaDB, or the schema a table name
 * qualifies), each problem at the YAML line that named the table or column, or marked as a
 * default the file did not override.
 */
import { sql } from 'kysely';
import type { TableMap } from '../sql/mapping.js';
import type { SqlDb } from '../sql/sql-db.js';
import type { SqlFlavor } from '../sql/sql-flavor.js';
import { formatIssue, type Position } from './mapping-issues.js';
import type { AnyMapping } from './mapping-domains.js';
import type { MappingSource } from './parse-mapping.js';

interface ColumnRow {
  table_schema: string;
  table_name: string;
  column_name: string;
}

export async function checkMappedSchema(db: SqlDb, flavor: SqlFlavor, mapping: object, source: MappingSource): Promise<string[]> {
  const tables = Object.entries(mapping as AnyMapping).filter(([name]) => name !== 'codes') as Array<[string, TableMap<string>]>;
  const current = flavor === 'postgres' ? sql`current_schema()` : sql`database()`;
  const { rows } = await sql<ColumnRow & { current: string }>`
    select table_schema as "table_schema", table_name as "table_name", column_name as "column_name", ${current} as "current"
    from information_schema.columns
    where table_name in (${sql.join(tables.map(([, t]) => unqualified(t.table)))})`.execute(db);
  const currentSchema = rows[0]?.current ?? (await sql<{ current: string }>`select ${current} as "current"`.execute(db)).rows[0]?.current;
  // MariaDB compares column names case-insensitively; PostgreSQL quoted names are exact.
  const fold = (name: string) => (flavor === 'mysql' ? name.toLowerCase() : name);

  const problems: string[] = [];
  const at = (position: Position | undefined, what: string, message: string) =>
    problems.push(position ? formatIssue(source.file, { ...position, message }) : `${source.file}: ${message} (${what} is the default; override it in the mapping)`);

  for (const [name, map] of tables) {
    const [schema, table] = map.table.includes('.') ? map.table.split('.') : [currentSchema, map.table];
    const columns = new Set(rows.filter((r) => r.table_schema === schema && r.table_name === table).map((r) => fold(r.column_name)));
    if (columns.size === 0) {
      at(source.tables[name], `tables.${name}.table`, `table ${name}: no table "${table}" in ${flavor === 'postgres' ? 'schema' : 'database'} ${schema}`);
      continue;
    }
    for (const [field, column] of Object.entries(map.columns)) {
      if (!columns.has(fold(column))) {
        at(source.columns[name]?.[field], `tables.${name}.columns.${field}`, `table ${name}: no column "${column}" (port field ${field}) in ${map.table}`);
      }
    }
  }
  return problems;
}

function unqualified(table: string): string {
  return table.includes('.') ? table.slice(table.indexOf('.') + 1) : table;
}
