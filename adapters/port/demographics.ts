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
