/**
 * Errors of real intake that the agency builders' corruption (`../corrupt.ts`) does not cover,
 * for the linkage evaluation data:
 * - surname changes: a woman registered under her maiden name at one agency and her married or
 *   hyphenated name at another; a child under a step-parent's surname;
 * - birth years off by one or with one digit mistyped (a year of birth entered from an age);
 * - approximate birth dates (HMIS DOB data quality 2: only the year is known, entered as 1 January);
 * - SSNs missing (refused, not collected) or mistyped, sex unknown, stale ZIPs.
 */
import type { DemographicRecord, DemographicSex } from '../../port/demographics.js';
import type { TruePerson } from '../population.js';
import type { Rng } from '../prng.js';
import { formatDay, parseDay } from '../dates.js';
import { surnameParts } from '../surnames.js';
import { mistypeDigits } from '../mistype-digits.js';

/** The other surname a person may be registered under, or null when they have none. */
export function alternateSurname(rng: Rng, person: TruePerson, otherSurname: () => string): string | null {
  const own = surnameParts(person.lastName).head;
  if (person.role === 'PARENT' && person.sex === 'FEMALE' && rng.chance(0.35)) {
    const other = otherSurname();
    if (other === own) return null;
    // Maiden name, or a hyphenated maiden-married name (Census: ~10% of married women hyphenate).
    return rng.chance(0.7) ? other : rng.chance(0.5) ? `${other}-${own}` : `${own}-${other}`;
  }
  if (person.role === 'CHILD' && rng.chance(0.04)) {
    const other = otherSurname();
    return other === own ? null : other;
  }
  return null;
}

/**
 * A birth year off by one, or its last two digits transposed (1987 → 1978); never a year after
 * `latestYear`, which an intake form would refuse.
 */
export function mistypeYear(rng: Rng, iso: string, latestYear: number): string {
  const y = Number(iso.slice(0, 4));
  const transposed = Number(`${iso.slice(0, 2)}${iso[3]}${iso[2]}`);
  let year = rng.chance(0.6) || transposed > latestYear ? y + (rng.chance(0.5) ? 1 : -1) : transposed;
  if (year > latestYear) year = y - 1;
  const md = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
  return `${year}-${md}`;
}

/** A date shifted by ±1 day (keyed late at night, or a time-zone conversion). */
export function shiftDay(rng: Rng, iso: string): string {
  return formatDay(parseDay(iso) + (rng.chance(0.5) ? 1 : -1));
}

export interface Holding {
  ssn: number;
  ssnError: number;
  zip: number;
  staleZip: number;
  sexUnknown: number;
}

/** What each kind of system keeps besides names and birth dates (see ../demographics.ts). */
export function heldFields(rng: Rng, person: TruePerson, hold: Holding, zips: readonly string[]): Pick<DemographicRecord, 'ssn' | 'zip' | 'sex'> {
  let ssn: string | null = null;
  if (person.ssn && rng.chance(hold.ssn)) ssn = rng.chance(hold.ssnError) ? mistypeDigits(rng, person.ssn) : person.ssn;
  let zip: string | null = null;
  if (rng.chance(hold.zip)) zip = rng.chance(hold.staleZip) ? rng.pick(zips) : person.zip;
  const sex: DemographicSex = rng.chance(hold.sexUnknown) ? 'UNKNOWN' : person.sex;
  return { ssn, zip, sex };
}
