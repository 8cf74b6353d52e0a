/**
 * The `codes:` section: per code map, the county's local codes → port values. A map written here
 * replaces the default one whole (a county's code set is one vocabulary; keeping AFCARS `1`…`8`
 * beside local codes would decode codes the county never meant). Codes are text, as the adapter
 * compares them (`01` and `1` are two codes).
 */
import type { Node } from 'yaml';
import { type IssueList, oneOf } from './mapping-issues.js';
import { type AnyMapping, codeMapsOf, type MappingSchema, portValuesOf } from './mapping-domains.js';
import { isNullScalar, mapEntries, textOf } from './yaml-entries.js';

export function parseCodes(schema: MappingSchema, node: Node | null, mapping: AnyMapping, issues: IssueList): void {
  const names = codeMapsOf(schema);
  for (const entry of mapEntries(node, 'codes', issues) ?? []) {
    if (!names.includes(entry.key)) {
      issues.add(entry.keyNode, `unknown code map "${entry.key}" for ${schema.domain}; expected one of ${oneOf(names)}`);
      continue;
    }
    const codes = parseCodeMap(entry.key, entry.value ?? entry.keyNode, portValuesOf(schema, entry.key), issues);
    if (codes) mapping.codes[entry.key] = codes;
  }
}

function parseCodeMap(name: string, node: Node | null, allowed: unknown[], issues: IssueList): Record<string, unknown> | undefined {
  const entries = mapEntries(node, `code map ${name}`, issues, 'local code');
  if (!entries) return undefined;
  if (entries.length === 0) issues.add(node, `code map ${name} is empty; list at least one local code`);
  const codes: Record<string, unknown> = {};
  for (const entry of entries) {
    if (isNullScalar(entry.value)) {
      if (allowed.includes(null)) codes[entry.key] = null;
      else issues.add(entry.value ?? entry.keyNode, `local code ${JSON.stringify(entry.key)} in ${name} maps to nothing; expected one of ${oneOf(allowed)}`);
      continue;
    }
    const value = textOf(entry.value, `the value of local code ${JSON.stringify(entry.key)} in ${name}`, issues, entry.keyNode);
    if (value === undefined) continue;
    if (!allowed.includes(value)) {
      issues.add(entry.value, `"${value}" (local code ${JSON.stringify(entry.key)}) is not a ${name} value; expected one of ${oneOf(allowed)}`);
      continue;
    }
    codes[entry.key] = value;
  }
  return codes;
}
