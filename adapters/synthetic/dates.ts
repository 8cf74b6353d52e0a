/**
 * Calendar arithmetic on whole days (days since 1970-01-01, UTC), so every generated date is
 * relative to the options' referenceDate and never to the clock.
 */
const MS_PER_DAY = 86_400_000;

export type Day = number;

export function parseDay(iso: string): Day {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO-8601 date-time in UTC at the given second of the day. */
export function formatDateTime(day: Day, secondOfDay: number): string {
  return new Date(day * MS_PER_DAY + (secondOfDay % 86_400) * 1000).toISOString().replace('.000Z', 'Z');
}

export function dayOf(year: number, month: number, date: number): Day {
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
}

export function yearOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

export function monthOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCMonth() + 1;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Whole years between a birth date and a day (the age on that day). */
export function ageOn(birth: string, on: Day): number {
  const b = new Date(parseDay(birth) * MS_PER_DAY);
  const t = new Date(on * MS_PER_DAY);
  let age = t.getUTCFullYear() - b.getUTCFullYear();
  const beforeBirthday =
    t.getUTCMonth() < b.getUTCMonth() ||
    (t.getUTCMonth() === b.getUTCMonth() && t.getUTCDate() < b.getUTCDate());
  if (beforeBirthday) age--;
  return age;
}

/** The n-th weekday (0 = Sunday) of a month, e.g. Labor Day = nthWeekday(y, 9, 1, 1). */
export function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  const first = dayOf(year, month, 1);
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  return first + offset + (n - 1) * 7;
}
