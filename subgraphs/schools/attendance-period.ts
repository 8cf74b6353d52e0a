/**
 * Which days an attendance summary covers. The port returns the current school year's events
 * only, so the period always lies inside the current school year and never after today.
 *
 * Ed-Fi names a school year by the calendar year it ends in (2024-25 is 2025); with no district
 * calendar here, a school year runs July 1 to June 30, the usual state reporting year.
 */
import type { SchoolEnrollment } from '../../adapters/schools/port.js';

export interface SchoolYearWindow {
  /** Ed-Fi schoolYear: the year the school year ends in. */
  schoolYear: number;
  start: string;
  end: string;
}

export interface AttendancePeriod {
  start: string;
  end: string;
}

const earliest = (dates: string[]) => dates.reduce((a, b) => (b < a ? b : a));
const latest = (dates: string[]) => dates.reduce((a, b) => (b > a ? b : a));

/** The school year containing a yyyy-mm-dd date. */
export function schoolYearOf(date: string): SchoolYearWindow {
  const year = Number(date.slice(0, 4));
  const schoolYear = date.slice(5) >= '07-01' ? year + 1 : year;
  return { schoolYear, start: `${schoolYear - 1}-07-01`, end: `${schoolYear}-06-30` };
}

/** The day before a yyyy-mm-dd date. */
export function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/**
 * `from` defaults to the first entry date among this school year's enrollments (so summer is not
 * counted), else the school year's first day; `to` defaults to yesterday, since today's
 * attendance may still be being taken. Both are then clipped to the school year and to today.
 * A period whose start falls after its end covers no days.
 */
export function attendancePeriod(options: {
  from?: string | null;
  to?: string | null;
  today: string;
  enrollments: readonly Pick<SchoolEnrollment, 'entryDate' | 'schoolYear'>[];
}): AttendancePeriod {
  const year = schoolYearOf(options.today);
  const entries = options.enrollments.filter((e) => e.schoolYear === year.schoolYear).map((e) => e.entryDate);
  const from = options.from ?? (entries.length > 0 ? earliest(entries) : year.start);
  const to = options.to ?? dayBefore(options.today);
  return { start: latest([from, year.start]), end: earliest([to, options.today, year.end]) };
}
