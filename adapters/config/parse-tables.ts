/**
 * The `tables:` section: per port table the county's table name, its key column and a column per
 * port field. Names go into SQL as quoted identifiers, so only plain ones are accepted.
 */
import type { Node } from 'yaml';
import type { TableMap } from '../sql/mapping.js';
import { type IssueList, oneOf } from './mapping-issues.js';
import { type AnyMapping, fieldsOf, type MappingSchema, tablesOf } from './mapping-domains.js';
import type { MappingSource } from './parse-mapping.js';
import { mapEntries, textOf } from './yaml-entries.js';

const COLUMN = /^[A-Za-z_][A-Za-z0-9_$]{0,62}$/;
/** A table, optionally schema-qualified (`ccwis.person`). */
const TABLE = /^([A-Za-z_][A-Za-z0-9_$]{0,62}\.)?[A-Za-z_][A-Za-z0-9_$]{0,62}$/;
const PROPERTIES = ['table', 'key', 'columns'];

export function parseTables(schema: MappingSchema, node: Node | null, mapping: AnyMapping, issues: IssueList, source: MappingSource): void {
  const tables = tablesOf(schema);
  for (const entry of mapEntries(node, 'tables', issues) ?? []) {
    if (!tables.includes(entry.key)) {
      issues.add(entry.keyNode, `unknown table "${entry.key}" for ${schema.domain}; expected one of ${oneOf(tables)}`);
      continue;
    }
    parseTable(schema, entry.key, entry.value, mapping[entry.key] as TableMap<string>, issues, source);
  }
}

function parseTable(schema: MappingSchema, name: string, node: Node | null, target: TableMap<string>, issues: IssueList, source: MappingSource): void {
  const where = `table ${name}`;
  const columns: Record<string, string> = { ...target.columns };
  const positions: Record<string, ReturnType<IssueList['positionOf']>> = {};
  const keyField = schema.keys[name];
  for (const entry of mapEntries(node, where, issues) ?? []) {
    if (entry.key === 'table') {
      const table = identifier(entry.value, TABLE, `the table name of ${where}`, issues, entry.keyNode);
      if (table !== undefined) {
        target.table = table;
        source.tables[name] = issues.positionOf(entry.value);
      }
    } else if (entry.key === 'key') {
      if (keyField === undefined) {
        issues.add(entry.keyNode, `${where} has no one-column key; map each of its fields under columns: (${oneOf(fieldsOf(schema, name))})`);
        continue;
      }
      const column = identifier(entry.value, COLUMN, `the key column of ${where}`, issues, entry.keyNode);
      if (column !== undefined) {
        columns[keyField] = column;
        positions[keyField] = issues.positionOf(entry.value);
      }
    } else if (entry.key === 'columns') {
      parseColumns(schema, name, entry.value, columns, positions, issues);
    } else {
      issues.add(entry.keyNode, `unknown property "${entry.key}" for ${where}; expected one of ${oneOf(PROPERTIES)}`);
    }
  }
  target.columns = columns;
  source.columns[name] = positions;
}

function parseColumns(
  schema: MappingSchema,
  table: string,
  node: Node | null,
  columns: Record<string, string>,
  positions: Record<string, ReturnType<IssueList['positionOf']>>,
  issues: IssueList,
): void {
  const fields = fieldsOf(schema, table);
  const keyField = schema.keys[table];
  for (const entry of mapEntries(node, `the columns of table ${table}`, issues) ?? []) {
    if (!fields.includes(entry.key)) {
      issues.add(entry.keyNode, `unknown port field "${entry.key}" for table ${table}; expected one of ${oneOf(fields)}`);
      continue;
    }
    const column = identifier(entry.value, COLUMN, `the column of ${table}.${entry.key}`, issues, entry.keyNode);
    if (column === undefined) continue;
    if (entry.key === keyField && positions[keyField] && columns[keyField] !== column) {
      issues.add(entry.value, `${table}.${keyField} is mapped twice: key: says "${columns[keyField]}", columns: says "${column}"`);
      continue;
    }
    columns[entry.key] = column;
    positions[entry.key] = issues.positionOf(entry.value);
  }
}

function identifier(node: Node | null, shape: RegExp, what: string, issues: IssueList, keyNode: Node): string | undefined {
  const text = textOf(node, what, issues, keyNode);
  if (text === undefined) return undefined;
  if (!shape.test(text)) {
    issues.add(node, `${what} is ${JSON.stringify(text)}, not a plain SQL name (letters, digits, _${shape === TABLE ? '; optionally schema.table' : ''})`);
    return undefined;
  }
  return text;
}
