/**
 * The demographics reader of a SQL adapter (`port/demographics.ts`): one person table, paged by
 * keyset — `WHERE id > cursor ORDER BY id LIMIT n + 1` — never OFFSET, so a page costs the same
 * wherever it falls and a row inserted meanwhile cannot shift a record into two pages. Ids are
 * compared in binary (code-unit) order, in ORDER BY and WHERE alike (`sql-flavor.ts`), so the
 * order does not depend on the database's locale. The cursor is the last id of the page.
 *
 * What the mapping does not name is `null`: an SSN, ZIP or suffix only from a mapped column, and
 * sex only through the mapping's code map (an unmapped code fails the page with
 * `UnmappedCodeError`: a raw local code is never passed on, and a wrong mapping is the county's to
 * fix, loudly). A stored SSN or ZIP that is not one (a placeholder, too few digits) is `null`.
 */
import { sql } from 'kysely';
import {
  checkPageLimit,
  type DemographicRecord,
  type DemographicSex,
  type DemographicsSource,
  normaliseSsn,
  normaliseZip,
} from '../port/demographics.js';
import { dataQualityOf } from './data-quality-columns.js';
import { type CodeMap, decode } from './mapping.js';
import { binaryCollated, type SqlFlavor } from './sql-flavor.js';
import type { SqlDb } from './sql-db.js';
import { isoDate, optionalText } from './values.js';

/** The person table's column per demographic field; optional ones are absent when unmapped. */
export interface DemographicsColumnMap {
  localId: string;
  firstName: string;
  middleName: string;
  lastName: string;
  birthDate: string;
  sex?: string;
  suffix?: string;
  ssn?: string;
  zip?: string;
  nameDataQuality?: string;
  birthDateDataQuality?: string;
}

const OPTIONAL = ['sex', 'suffix', 'ssn', 'zip', 'nameDataQuality', 'birthDateDataQuality'] as const;

/** The demographic columns of a mapped person table (`lastNameField`: its port's name for the surname). */
export function pickDemographicColumns(columns: Readonly<Record<string, string | undefined>>, lastNameField: string): DemographicsColumnMap {
  const required = (field: string) => {
    const column = columns[field];
    if (column === undefined) throw new TypeError(`the person table maps no ${field} column`);
    return column;
  };
  const picked: DemographicsColumnMap = {
    localId: required('localId'),
    firstName: required('firstName'),
    middleName: required('middleName'),
    lastName: required(lastNameField),
    birthDate: required('birthDate'),
  };
  for (const field of OPTIONAL) if (columns[field] !== undefined) picked[field] = columns[field];
  return picked;
}

export interface SqlDemographicsSpec {
  db: SqlDb;
  flavor: SqlFlavor;
  /** The agency system (`AGENCY_SYSTEMS`) the records belong to. */
  system: string;
  table: string;
  columns: DemographicsColumnMap;
  /** Required when `columns.sex` is mapped. */
  sexCodes?: CodeMap<DemographicSex>;
}

export function sqlDemographicsSource(spec: SqlDemographicsSpec): DemographicsSource {
  const { db, flavor, columns, system } = spec;
  const mapped = (Object.keys(columns) as Array<keyof DemographicsColumnMap>).filter((f) => columns[f] !== undefined);
  const id = binaryCollated(flavor, `p.${columns.localId}`);
  return {
    system,
    async page(cursor, limit) {
      checkPageLimit(limit);
      if (cursor !== null && typeof cursor !== 'string') throw new TypeError('cursor must be a string or null');
      let query = db
        .selectFrom(`${spec.table} as p`)
        .select(mapped.map((f) => sql.ref(`p.${columns[f]}`).as(f)))
        .orderBy(id)
        // One more than the page, to know whether another follows without counting.
        .limit(limit + 1);
      if (cursor !== null) query = query.where(id, '>', cursor);
      const rows = (await query.execute()) as Array<Record<string, unknown>>;
      const page = rows.slice(0, limit).map((row) => toRecord(row, spec));
      return { records: page, next: rows.length > limit ? page[page.length - 1].localId : null };
    },
  };
}

function toRecord(row: Record<string, unknown>, spec: SqlDemographicsSpec): DemographicRecord {
  const { columns } = spec;
  const quality = dataQualityOf(row);
  return {
    system: spec.system,
    localId: String(row.localId),
    firstName: optionalText(row.firstName),
    middleName: optionalText(row.middleName),
    lastName: optionalText(row.lastName),
    suffix: columns.suffix === undefined ? null : optionalText(row.suffix),
    birthDate: isoDate(row.birthDate),
    sex: columns.sex === undefined || row.sex === null || row.sex === undefined ? null : decode('sex', spec.sexCodes ?? {}, row.sex),
    ssn: columns.ssn === undefined ? null : normaliseSsn(row.ssn),
    zip: columns.zip === undefined ? null : normaliseZip(row.zip),
    dataQuality: quality ? Object.fromEntries(quality.map((q) => [q.field, q.code])) : null,
  };
}
