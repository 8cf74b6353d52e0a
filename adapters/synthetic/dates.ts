/**
 * Calendar arithmetic on whole days (days since 1970-01-01, UTC), so every generated date is
 * relative to the options' referenceDate and never to the clock. Conversions use Hinnant's
 * civil-date algorithms with a small cache: a 100k-person population formats millions of dates.
 */
export type Day = number;

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
export function dayOf(year: number, month: number, date: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month, date] of a day (Hinnant's civil_from_days). */
export function civil(day: Day): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, date];
}

const formatted = new Map<Day, string>();

export function formatDay(day: Day): string {
  let s = formatted.get(day);
  if (s === undefined) {
    const [y, m, d] = civil(day);
    s = `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
    formatted.set(day, s);
  }
  return s;
}

export function parseDay(iso: string): Day {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ISO-8601 date-time in UTC at the given second of the day, e.g. `2026-10-30T15:04:05Z`. */
export function formatDateTime(day: Day, secondOfDay: number): string {
  const s = secondOfDay % 86_400;
  return `${formatDay(day)}T${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}Z`;
}

export function yearOf(day: Day): number {
  return civil(day)[0];
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Whole years between a birth date and a day (the age on that day). */
export function ageOn(birth: string, on: Day): number {
  const [y, m, d] = civil(on);
  const by = Number(birth.slice(0, 4));
  const bm = Number(birth.slice(5, 7));
  const bd = Number(birth.slice(8, 10));
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The day `years` calendar years before/after (Feb 29 falls back to Feb 28). */
export function addYears(day: Day, years: number): Day {
  const [y, m, d] = civil(day);
  return dayOf(y + years, m, m === 2 && d === 29 ? 28 : d);
}

/** The n-th weekday (0 = Sunday) of a month, e.g. Labor Day = nthWeekday(y, 9, 1, 1). */
export function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  const first = dayOf(year, month, 1);
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  return first + offset + (n - 1) * 7;
}
