/**
 * The demographics port: the identifying fields of every record an agency holds, paged, for
 * record linkage (issue 5). An adapter returns only what the agency itself keeps: a field the
 * system does not hold is `null`, never guessed. A DV program's source yields a record only when
 * the client has signed a release naming the hub (VAWA, 34 U.S.C. 12291(b)(2)): without one, the
 * record must not leave the program in any form — not hashed, not encoded, not counted.
 *
 * Paging contract: `page(null, n)` starts; each answer carries `next`, the opaque cursor of the
 * following page, or `null` after the last one. A page holds at most `limit` records; every record
 * appears in exactly one page.
 */

export type DemographicSex = 'FEMALE' | 'MALE' | 'UNKNOWN';

export interface DemographicRecord {
  /** The agency system (`AGENCY_SYSTEMS`), as in identity links. */
  system: string;
  localId: string;
  firstName: string | null;
  middleName: string | null;
  lastName: string | null;
  /** Generational suffix when the system keeps it in its own field (Jr, Sr, II…). */
  suffix?: string | null;
  /** yyyy-mm-dd as recorded; see `dataQuality.birthDate` for approximate dates. */
  birthDate: string | null;
  sex: DemographicSex | null;
  /** Nine digits, no dashes. */
  ssn?: string | null;
  /** Five-digit ZIP of the last known address. */
  zip?: string | null;
  /**
   * HMIS-style data-quality codes (1 full, 2 approximate/partial, 8 doesn't know, 9 refused,
   * 99 not collected) where the agency records them.
   */
  dataQuality?: { name?: number; birthDate?: number; ssn?: number } | null;
}

export interface DemographicsPage {
  records: DemographicRecord[];
  next: string | null;
}

export interface DemographicsSource {
  system: string;
  page(cursor: string | null, limit: number): Promise<DemographicsPage>;
}

/**
 * What an adapter offers the linkage: `demographics()` pages every record it holds. Optional in the
 * ports so a partial adapter still type-checks; the conformance kit fails an adapter without it.
 */
export interface DemographicsReader {
  demographics?(): DemographicsSource;
}

/**
 * A DV program's adapter offers only the clients it is told have a release naming the hub (VAWA,
 * 34 U.S.C. 12291(b)(2)): there is no way to ask it for everyone. The check happens inside the
 * adapter, before a record is built, so an unreleased client is never read into a page.
 */
export interface ReleasedDemographicsReader {
  demographicsOfReleased?(releasedLocalIds: ReadonlySet<string>): DemographicsSource;
}

/** A limit the paging contract accepts: a whole number of at least 1. */
export function checkPageLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  return limit;
}

/**
 * Nine SSN digits from what a system stores (`123-45-6789`, `123456789`), or null. Anything else —
 * HMIS's `x` placeholders for an unknown part, too few digits, all zeros in a group (never issued,
 * SSA) — is not a full SSN and is not guessed at.
 */
export function normaliseSsn(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const digits = String(value).trim().replace(/[-\s]/g, '');
  if (!/^\d{9}$/.test(digits)) return null;
  if (digits.startsWith('000') || digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return null;
  return digits;
}

/** The five-digit ZIP of `12345` or `12345-6789`, or null. */
export function normaliseZip(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const match = /^(\d{5})(?:-?\d{4})?$/.exec(String(value).trim());
  return match ? match[1] : null;
}

/** Every record of a source, page by page (`onPage` reports progress). */
export async function readAllDemographics(
  source: DemographicsSource,
  limit = 1000,
  onPage?: (count: number) => void,
): Promise<DemographicRecord[]> {
  const out: DemographicRecord[] = [];
  let cursor: string | null = null;
  do {
    const page: DemographicsPage = await source.page(cursor, limit);
    if (page.records.length > limit) {
      throw new RangeError(`${source.system}: page of ${page.records.length} records exceeds limit ${limit}`);
    }
    out.push(...page.records);
    onPage?.(page.records.length);
    cursor = page.next;
  } while (cursor !== null);
  return out;
}
