/**
 * What a mapping file may say, per domain: its tables and each table's port fields, its code maps
 * and each one's port values. All of it is read off the default mapping (which names every port
 * field and maps every port value), so this file only adds which field a table's `key:` names.
 */
import { type ChildWelfareMapping, defaultChildWelfareMapping } from '../child-welfare/postgres/mapping.js';
import { defaultSchoolsMapping, type SchoolsMapping } from '../schools/mariadb/mapping.js';
import { DATA_QUALITY_FIELDS } from '../sql/data-quality-columns.js';
import { DEMOGRAPHIC_FIELDS } from '../sql/demographic-columns.js';
import type { CodeMap, TableMap } from '../sql/mapping.js';

export type MappingDomain = 'child-welfare' | 'schools';

export interface MappingTypes {
  'child-welfare': ChildWelfareMapping;
  schools: SchoolsMapping;
}

/** Any domain's mapping, seen generically: tables by name plus `codes`. */
export interface AnyMapping {
  codes: Record<string, CodeMap<unknown>>;
  [table: string]: TableMap<string> | Record<string, CodeMap<unknown>>;
}

export interface MappingSchema {
  domain: MappingDomain;
  defaults: AnyMapping;
  /** The port field a table's `key:` names, for tables with a one-column key. */
  keys: Readonly<Record<string, string>>;
  /** Fields a table may map but need not (not in the default schema): data-quality and demographic columns. */
  optionalFields: Readonly<Record<string, readonly string[]>>;
}

export const MAPPING_SCHEMAS: Record<MappingDomain, MappingSchema> = {
  'child-welfare': {
    domain: 'child-welfare',
    defaults: defaultChildWelfareMapping as unknown as AnyMapping,
    keys: { child: 'localId', caseworker: 'caseworkerId', case: 'caseId', removal: 'removalId', placement: 'placementId' },
    optionalFields: { child: [...DATA_QUALITY_FIELDS, ...DEMOGRAPHIC_FIELDS] },
  },
  schools: {
    domain: 'schools',
    defaults: defaultSchoolsMapping as unknown as AnyMapping,
    keys: { student: 'localId', school: 'schoolId' },
    optionalFields: { student: [...DATA_QUALITY_FIELDS, ...DEMOGRAPHIC_FIELDS, 'sex'] },
  },
};

export const MAPPING_DOMAINS = Object.keys(MAPPING_SCHEMAS) as MappingDomain[];

export function tablesOf(schema: MappingSchema): string[] {
  return Object.keys(schema.defaults).filter((name) => name !== 'codes');
}

export function tableOf(schema: MappingSchema, table: string): TableMap<string> {
  return schema.defaults[table] as TableMap<string>;
}

/** The fields a table may map: the default schema's, then the optional ones. */
export function fieldsOf(schema: MappingSchema, table: string): string[] {
  return [...Object.keys(tableOf(schema, table).columns), ...(schema.optionalFields[table] ?? [])];
}

export function codeMapsOf(schema: MappingSchema): string[] {
  return Object.keys(schema.defaults.codes);
}

/** The port values a code map may produce (`null` where the default maps a code to none). */
export function portValuesOf(schema: MappingSchema, codeMap: string): unknown[] {
  return [...new Set(Object.values(schema.defaults.codes[codeMap]))];
}
