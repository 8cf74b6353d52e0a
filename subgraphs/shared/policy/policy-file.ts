/**
 * Reads an owner's `access-policy.yaml`: validated at start, with errors naming the line, so a
 * privacy officer's edit that does not mean what it says stops the subgraph instead of silently
 * opening (or closing) access.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { AGENCY_SYSTEMS, type AgencySystem } from '../../../adapters/port/agency-systems.js';
import { ROLES, type Role } from '../security/caller.js';
import type { AccessRule } from './access-request.js';
import { parseBreakGlass } from './break-glass-file.js';
import type { OwnerPolicy } from './owner-policy.js';
import { isSecurityLabel, type SecurityLabel } from './security-labels.js';

export class PolicyFileError extends Error {
  override name = 'PolicyFileError';
}

/** Named rules a policy file may refer to, built with the owner's stores. */
export type RuleRegistry = Record<string, AccessRule>;

interface RawPolicy {
  part2Programs?: unknown;
  owner?: unknown;
  organization?: unknown;
  fields?: Record<string, unknown>;
  minimumNecessary?: Record<string, unknown>;
  rules?: Record<string, unknown>;
  accountingReaders?: unknown;
  breakGlass?: unknown;
}

export function loadPolicyFile(path: string, registry: RuleRegistry): OwnerPolicy {
  return parsePolicy(readFileSync(path, 'utf8'), path, registry);
}

export function parsePolicy(text: string, source: string, registry: RuleRegistry): OwnerPolicy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const at = (path: Array<string | number>) => {
    const node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
    const pos = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
    return pos ? `${source}:${pos.line}:${pos.col}` : source;
  };
  const fail = (path: Array<string | number>, message: string): never => {
    throw new PolicyFileError(`${at(path)}: ${message}`);
  };
  if (doc.errors.length) throw new PolicyFileError(`${source}: ${doc.errors[0].message}`);
  const raw = (doc.toJS() ?? {}) as RawPolicy;

  const owners = Object.values(AGENCY_SYSTEMS) as string[];
  if (typeof raw.owner !== 'string' || !owners.includes(raw.owner)) fail(['owner'], `owner must be one of ${owners.join(', ')}`);
  if (typeof raw.organization !== 'string' || !raw.organization) fail(['organization'], 'organization must name the owner organization id');

  const labelList = (path: string[], value: unknown): SecurityLabel[] => {
    if (!Array.isArray(value)) return fail(path, 'expected a list of security labels');
    return value.map((label, i) =>
      typeof label === 'string' && isSecurityLabel(label) ? label : fail([...path, i], `unknown security label ${JSON.stringify(label)}`),
    );
  };

  const fields: Record<string, SecurityLabel[]> = {};
  for (const [field, labels] of Object.entries(raw.fields ?? {})) {
    if (!/^[A-Z]\w*\.\w+$/.test(field)) fail(['fields', field], `field ${field} must be a schema coordinate like Person.dvServices`);
    fields[field] = labelList(['fields', field], labels);
  }
  const minimumNecessary: Partial<Record<Role, SecurityLabel[]>> = {};
  for (const [role, labels] of Object.entries(raw.minimumNecessary ?? {})) {
    if (!(ROLES as readonly string[]).includes(role)) fail(['minimumNecessary', role], `unknown role ${role}; roles are ${ROLES.join(', ')}`);
    minimumNecessary[role as Role] = labelList(['minimumNecessary', role], labels);
  }
  const rules: OwnerPolicy['rules'] = {};
  for (const [label, name] of Object.entries(raw.rules ?? {})) {
    if (!isSecurityLabel(label)) fail(['rules', label], `unknown security label ${label}`);
    const rule = typeof name === 'string' ? registry[name] : undefined;
    if (!rule) fail(['rules', label], `unknown rule ${JSON.stringify(name)}; known rules: ${Object.keys(registry).join(', ')}`);
    rules[label as SecurityLabel] = rule;
  }
  const part2Programs = raw.part2Programs ?? [];
  if (!Array.isArray(part2Programs) || !part2Programs.every((p) => typeof p === 'string')) {
    fail(['part2Programs'], 'part2Programs must be a list of organization ids');
  }
  // The accounting of a DV program's disclosures reveals whom it serves, which VAWA (34 U.S.C.
  // 12291(b)(2)) forbids sharing without the survivor's release: no other organization reads it.
  const accountingReaders = raw.accountingReaders ?? [];
  if (!Array.isArray(accountingReaders) || !accountingReaders.every((o) => typeof o === 'string' && o)) {
    fail(['accountingReaders'], 'accountingReaders must be a list of organization ids');
  }
  const servesSdv = Object.values(fields).some((labels) => labels.includes('SDV'));
  if (servesSdv && (accountingReaders as string[]).length) {
    fail(['accountingReaders'], 'an owner serving SDV data lists no accountingReaders: its accounting reveals whom it serves (VAWA, 34 U.S.C. 12291(b)(2))');
  }
  return {
    owner: raw.owner as AgencySystem,
    organization: raw.organization as string,
    part2Programs: part2Programs as string[],
    fields,
    minimumNecessary,
    rules,
    accountingReaders: accountingReaders as string[],
    breakGlass: parseBreakGlass(raw.breakGlass, fail),
  };
}
