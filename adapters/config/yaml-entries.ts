/** Reading a YAML mapping node by node, reporting shape problems at the node that has them. */
import { isMap, isScalar, type Node } from 'yaml';
import type { IssueList, Position } from './mapping-issues.js';

export interface Entry {
  key: string;
  keyNode: Node;
  value: Node | null;
}

/**
 * The `key: value` entries of a YAML mapping, keys as text (the file is read with the failsafe
 * schema, so `01` stays `01`). A repeated key is reported as `duplicate <label>` and skipped.
 */
export function mapEntries(node: Node | null, what: string, issues: IssueList, label = 'key'): Entry[] | undefined {
  if (!isMap(node)) {
    issues.add(node, `${what} must be a mapping of key: value lines`);
    return undefined;
  }
  const seen = new Map<string, Position>();
  const entries: Entry[] = [];
  for (const pair of node.items) {
    const keyNode = pair.key as Node;
    if (!isScalar(keyNode)) {
      issues.add(keyNode, `a key in ${what} must be plain text`);
      continue;
    }
    const key = String(keyNode.value);
    const first = seen.get(key);
    if (first) {
      issues.add(keyNode, `duplicate ${label} ${JSON.stringify(key)} in ${what} (first at line ${first.line})`);
      continue;
    }
    seen.set(key, issues.positionOf(keyNode));
    entries.push({ key, keyNode, value: (pair.value ?? null) as Node | null });
  }
  return entries;
}

/** A scalar's text, or `undefined` (reported) for a mapping, a list or nothing. */
export function textOf(node: Node | null, what: string, issues: IssueList, keyNode?: Node): string | undefined {
  if (!isScalar(node)) {
    issues.add(node ?? keyNode, `${what} must be text`);
    return undefined;
  }
  return String(node.value);
}

/** Plain `null`, `~` or nothing: YAML's null, which the failsafe schema leaves as text. */
export function isNullScalar(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.type === 'PLAIN' && ['', '~', 'null', 'Null', 'NULL'].includes(String(node.value)));
}
