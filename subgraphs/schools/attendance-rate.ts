/**
 * Attendance arithmetic, kept pure so it is tested on its own. Ed-Fi v5 records attendance as
 * exceptions (StudentSchoolAttendanceEvent): a day without an absence event counts as attended.
 *
 * Instructional days are the weekdays (Monday to Friday) in the period on which the student was
 * enrolled. There is no district calendar here, so holidays and breaks count as instructional
 * days; the rate is therefore a little high, never low.
 */
import type { AttendanceCategory, AttendanceEvent } from '../../adapters/schools/port.js';

/** Inclusive yyyy-mm-dd bounds; `end: null` means still open (an enrollment with no exit). */
export interface DateSpan {
  start: string;
  end: string | null;
}

export interface AttendanceCounts {
  instructionalDays: number;
  daysAbsent: number;
  tardies: number;
  /** Share of instructional days attended, 0–1, 3 decimals; null with no instructional days. */
  rate: number | null;
  chronicallyAbsent: boolean;
}

const ABSENCES: ReadonlySet<AttendanceCategory> = new Set(['Excused Absence', 'Unexcused Absence']);
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (a Thursday) for a yyyy-mm-dd date. */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

function isWeekday(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
  return weekday !== 0 && weekday !== 6;
}

/** Weekdays from `first` to `last` inclusive (day numbers); 0 when `last` is before `first`. */
export function weekdaysBetween(first: number, last: number): number {
  if (last < first) return 0;
  const fullWeeks = Math.floor((last - first + 1) / 7);
  let count = fullWeeks * 5;
  for (let day = first + fullWeeks * 7; day <= last; day++) if (isWeekday(day)) count++;
  return count;
}

/** The enrollment spans clipped to the period and merged, as disjoint [first, last] day ranges. */
export function enrolledRanges(period: { start: string; end: string }, spans: readonly DateSpan[]): Array<[number, number]> {
  const lo = dayNumber(period.start);
  const hi = dayNumber(period.end);
  const clipped = spans
    .map(({ start, end }): [number, number] => [Math.max(lo, dayNumber(start)), Math.min(hi, end ? dayNumber(end) : hi)])
    .filter(([first, last]) => first <= last)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [first, last] of clipped) {
    const previous = merged.at(-1);
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  return merged;
}

/** Attended share rounded to 3 decimals; null when there were no instructional days. */
export function attendanceRate(instructionalDays: number, daysAbsent: number): number | null {
  if (instructionalDays <= 0) return null;
  return Math.round(((instructionalDays - daysAbsent) / instructionalDays) * 1000) / 1000;
}

/**
 * Chronic absence as the U.S. Department of Education counts it: missing 10% or more of
 * instructional days. Integer arithmetic, so exactly 10% counts and rounding never decides.
 */
export function isChronicallyAbsent(instructionalDays: number, daysAbsent: number): boolean {
  return instructionalDays > 0 && daysAbsent * 10 >= instructionalDays;
}

/** Counts over a period: only events on an instructional day (a weekday while enrolled) count. */
export function countAttendance(
  period: { start: string; end: string },
  enrollments: readonly DateSpan[],
  events: readonly AttendanceEvent[],
): AttendanceCounts {
  const ranges = enrolledRanges(period, enrollments);
  const instructionalDays = ranges.reduce((sum, [first, last]) => sum + weekdaysBetween(first, last), 0);
  const counts = (day: number) => isWeekday(day) && ranges.some(([first, last]) => day >= first && day <= last);
  const absent = new Set<number>();
  const tardy = new Set<number>();
  for (const event of events) {
    const day = dayNumber(event.eventDate);
    if (!counts(day)) continue;
    if (ABSENCES.has(event.category)) absent.add(day);
    else if (event.category === 'Tardy') tardy.add(day);
  }
  const daysAbsent = absent.size;
  return {
    instructionalDays,
    daysAbsent,
    tardies: tardy.size,
    rate: attendanceRate(instructionalDays, daysAbsent),
    chronicallyAbsent: isChronicallyAbsent(instructionalDays, daysAbsent),
  };
}
