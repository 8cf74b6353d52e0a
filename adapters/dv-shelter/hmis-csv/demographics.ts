/**
 * The DV program's demographics for record linkage, from the export's Client.csv — and ONLY for
 * the clients with a release naming the hub (VAWA, 34 U.S.C. 12291(b)(2); 28 CFR 90.4): the
 * release check is the first thing a page does, before a row is mapped, so an unreleased client is
 * not read into a page, hashed or counted. The caller (the linkage run) passes the released ids
 * (subgraphs/identity/linkage/run/dv-linkage-releases.ts); there is no way to ask for everyone.
 *
 * Fields (HMIS CSV FY2024/FY2026, domain reference §1): FirstName, MiddleName, LastName,
 * NameSuffix; DOB; Name/DOB/SSN DataQuality as `dataQuality`; SSN only when SSNDataQuality is 1
 * (full) and it is nine digits (HMIS writes `x` for the unknown digits of a partial SSN, 3.02);
 * sex from FY2026's `Sex` (0 female, 1 male, 8/9 unknown, 99 not collected → null) or, in
 * FY2024, from the gender columns: Woman alone → FEMALE, Man alone → MALE, GenderNone 8/9 →
 * UNKNOWN, nothing recorded → null, any other answer → UNKNOWN (gender identity is not sex, and
 * is never guessed into one). ZIP: the FY2024 and FY2026 Enrollment.csv have no last-permanent-ZIP
 * column (it left the CSV in FY2022), so `zip` is null.
 *
 * Paging is keyset over the released PersonalIDs in code-unit order; the cursor is the last id
 * of the page, so a reload between two pages neither repeats nor skips a released client that is
 * in both exports. Each page reads the snapshot being served at that moment.
 */
import { AGENCY_SYSTEMS } from '../../port/agency-systems.js';
import { checkPageLimit, type DemographicRecord, type DemographicSex, type DemographicsSource, normaliseSsn } from '../../port/demographics.js';
import { live } from './references.js';
import type { TableRow } from './read-table.js';

/** The Client.csv columns the reader needs, per live client (values as the file holds them). */
export type ClientDemographicRow = Readonly<Record<string, string>>;

const KEPT = [
  'PersonalID', 'FirstName', 'MiddleName', 'LastName', 'NameSuffix', 'NameDataQuality', 'SSN', 'SSNDataQuality', 'DOB',
  'DOBDataQuality', 'Woman', 'Man', 'NonBinary', 'CulturallySpecific', 'Transgender', 'Questioning', 'DifferentIdentity',
  'GenderNone', 'Sex',
];

/** Live Client.csv rows reduced to the demographic columns, by PersonalID. */
export function clientDemographicRows(clients: readonly TableRow[]): Map<string, ClientDemographicRow> {
  return new Map(live(clients).map(({ values }) => [values.PersonalID, Object.fromEntries(KEPT.filter((k) => k in values).map((k) => [k, values[k]]))]));
}

const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function hmisDemographicsSource(
  current: () => ReadonlyMap<string, ClientDemographicRow> | null,
  releasedLocalIds: ReadonlySet<string>,
): DemographicsSource {
  // A copy, in order: a set the caller changes later cannot widen what this source yields.
  const released = [...releasedLocalIds].filter((id) => typeof id === 'string').sort(binary);
  return {
    system: AGENCY_SYSTEMS.dvShelter,
    async page(cursor, limit) {
      checkPageLimit(limit);
      const rows = current();
      if (!rows) throw new Error('dv-shelter: no HMIS CSV export has been loaded');
      const records: DemographicRecord[] = [];
      let at = cursor === null ? 0 : released.findIndex((id) => id > cursor);
      if (at < 0) at = released.length;
      for (; at < released.length && records.length < limit; at++) {
        const row = rows.get(released[at]);
        if (row) records.push(toRecord(row));
      }
      const more = released.slice(at).some((id) => rows.has(id));
      return { records, next: more ? records[records.length - 1]?.localId ?? cursor : null };
    },
  };
}

const text = (value: string | undefined) => (value === undefined || value === '' ? null : value);

function toRecord(v: ClientDemographicRow): DemographicRecord {
  return {
    system: AGENCY_SYSTEMS.dvShelter,
    localId: v.PersonalID,
    firstName: text(v.FirstName),
    middleName: text(v.MiddleName),
    lastName: text(v.LastName),
    suffix: text(v.NameSuffix),
    birthDate: text(v.DOB),
    sex: 'Sex' in v ? sexOf2026(v.Sex) : sexOf2024(v),
    ssn: v.SSNDataQuality === '1' ? normaliseSsn(v.SSN) : null,
    zip: null,
    dataQuality: { name: Number(v.NameDataQuality), birthDate: Number(v.DOBDataQuality), ssn: Number(v.SSNDataQuality) },
  };
}

/** FY2026 Client.Sex: 0 Female, 1 Male, 8 doesn't know, 9 prefers not to answer, 99 not collected. */
export function sexOf2026(code: string): DemographicSex | null {
  if (code === '0') return 'FEMALE';
  if (code === '1') return 'MALE';
  if (code === '8' || code === '9') return 'UNKNOWN';
  return null;
}

const OTHER_GENDERS = ['NonBinary', 'CulturallySpecific', 'Transgender', 'Questioning', 'DifferentIdentity'];

/** FY2024 gender columns (1 = the client identifies so); see the file comment. */
export function sexOf2024(v: ClientDemographicRow): DemographicSex | null {
  const yes = (column: string) => v[column] === '1';
  if (v.GenderNone === '8' || v.GenderNone === '9') return 'UNKNOWN';
  const other = OTHER_GENDERS.some(yes);
  if (yes('Woman') && !yes('Man') && !other) return 'FEMALE';
  if (yes('Man') && !yes('Woman') && !other) return 'MALE';
  if (yes('Woman') || yes('Man') || other) return 'UNKNOWN';
  return null;
}
