/**
 * A county's YAML mapping file → the adapter's mapping object (`ChildWelfareMapping`,
 * `SchoolsMapping`), merged over the default so the file holds only what differs:
 *
 *   domain: child-welfare
 *   tables:
 *     placement:                 # a port table (see README.md for each domain's)
 *       table: plcmt             # the county's table
 *       key: plcmt_no            # the column of its key field (placementId)
 *       columns: { setting: plcmt_type_cd }   # port field → column; others keep their defaults
 *   codes:
 *     placementSetting:          # replaces the default code map as a whole
 *       RELFH: FOSTER_FAMILY_HOME_RELATIVE
 *
 * Every problem is reported at its line and column; see `MappingFileError`.
 */
import { LineCounter, parseDocument } from 'yaml';
import { IssueList, MappingFileError, type Position } from './mapping-issues.js';
import { type AnyMapping, MAPPING_DOMAINS, type MappingDomain, type MappingSchema, MAPPING_SCHEMAS, type MappingTypes } from './mapping-domains.js';
import { parseCodes } from './parse-codes.js';
import { parseTables } from './parse-tables.js';
import { mapEntries, textOf } from './yaml-entries.js';

/** Where the file named each table and column (absent: the default applies), for later checks. */
export interface MappingSource {
  file: string;
  tables: Record<string, Position>;
  columns: Record<string, Record<string, Position>>;
}

export interface ParsedMapping<M> {
  mapping: M;
  source: MappingSource;
}

const TOP_LEVEL = ['domain', 'tables', 'codes'];

export function parseMapping<D extends MappingDomain>(domain: D, text: string, file: string): ParsedMapping<MappingTypes[D]> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
  const issues = new IssueList(lines);
  const source: MappingSource = { file, tables: {}, columns: {} };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) issues.addAt(lines.linePos(error.pos[0]), error.message.split('\n')[0]);
    throw new MappingFileError(file, issues.issues);
  }
  const schema = MAPPING_SCHEMAS[domain];
  const mapping = merge(schema, doc.contents, issues, source);
  if (issues.issues.length > 0) throw new MappingFileError(file, issues.issues);
  return { mapping: mapping as unknown as MappingTypes[D], source };
}

function merge(schema: MappingSchema, root: Parameters<typeof mapEntries>[0], issues: IssueList, source: MappingSource): AnyMapping {
  const mapping: AnyMapping = structuredClone(schema.defaults);
  if (root === null) {
    issues.addAt({ line: 1, col: 1 }, `the mapping file is empty; it needs at least "domain: ${schema.domain}"`);
    return mapping;
  }
  const entries = mapEntries(root, 'the mapping file', issues) ?? [];
  const byKey = new Map(entries.map((e) => [e.key, e]));
  for (const entry of entries) {
    if (!TOP_LEVEL.includes(entry.key)) issues.add(entry.keyNode, `unknown top-level key "${entry.key}"; expected one of ${TOP_LEVEL.join(', ')}`);
  }
  const domain = byKey.get('domain');
  if (!domain) {
    issues.add(root, `missing "domain: ${schema.domain}" (one of ${MAPPING_DOMAINS.join(', ')})`);
  } else {
    const named = textOf(domain.value, 'domain', issues, domain.keyNode);
    if (named !== undefined && named !== schema.domain) {
      const known = (MAPPING_DOMAINS as string[]).includes(named) ? '' : ` (domains: ${MAPPING_DOMAINS.join(', ')})`;
      issues.add(domain.value, `domain is "${named}" but this file is loaded for ${schema.domain}${known}`);
      return mapping; // the rest would be checked against the wrong domain: noise
    }
  }
  const tables = byKey.get('tables');
  if (tables) parseTables(schema, tables.value, mapping, issues, source);
  const codes = byKey.get('codes');
  if (codes) parseCodes(schema, codes.value, mapping, issues);
  return mapping;
}
