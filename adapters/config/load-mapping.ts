/** Read and validate a mapping file at start; without one, the default mapping (the migrations'). */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { AdapterConfigError } from './adapter-config.js';
import { MAPPING_SCHEMAS, type MappingDomain, type MappingTypes } from './mapping-domains.js';
import { type MappingSource, type ParsedMapping, parseMapping } from './parse-mapping.js';

/**
 * `path` undefined: the domain's default mapping. `setting` names where the path came from
 * (`CHILD_WELFARE_MAPPING`, `--mapping`) for the error a missing file gets.
 */
export async function loadMapping<D extends MappingDomain>(domain: D, path: string | undefined, setting = 'mapping'): Promise<ParsedMapping<MappingTypes[D]>> {
  if (path === undefined) {
    const source: MappingSource = { file: '(default mapping)', tables: {}, columns: {} };
    return { mapping: structuredClone(MAPPING_SCHEMAS[domain].defaults) as unknown as MappingTypes[D], source };
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AdapterConfigError([`${setting}: cannot read the mapping file ${path}: ${reason}`]);
  }
  // Errors name the file as the operator would type it: relative to where the process runs.
  const shown = path.startsWith('/') ? relative(process.cwd(), path) || path : path;
  return parseMapping(domain, text, shown.startsWith('..') ? path : shown);
}
