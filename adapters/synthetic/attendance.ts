/**
 * Attendance events the way Ed-Fi student information systems record them: only the exceptions
 * (excused and unexcused absences, tardies) for the current school year; days without an event
 * count as present. Most students attend 90–99% of days; chronically absent ones (< 90%) are
 * planned by the involvement phase and are more common among children in care.
 */
import type { AttendanceEvent } from '../schools/port.js';
import type { Rng } from './prng.js';
import { type Day, formatDay } from './dates.js';

export function attendanceRate(rng: Rng, chronic: boolean): number {
  return chronic ? 0.72 + rng.next() * 0.17 : 0.9 + 0.095 * Math.sqrt(rng.next());
}

/** Events for school days in [from, to] (inclusive days from the calendar's `daysSoFar`). */
export function attendanceEvents(
  rng: Rng, studentId: string, schoolId: string, days: readonly Day[], from: Day, to: Day | null,
  rate: number, out: Array<AttendanceEvent & { studentId: string }>,
): void {
  const absence = 1 - rate;
  const tardy = rng.next() * 0.04;
  const excusedShare = 0.4 + rng.next() * 0.3;
  for (const day of days) {
    if (day < from || (to !== null && day > to)) continue;
    const r = rng.next();
    if (r < absence) {
      out.push({ studentId, schoolId, eventDate: formatDay(day), category: rng.chance(excusedShare) ? 'Excused Absence' : 'Unexcused Absence' });
    } else if (r < absence + tardy) {
      out.push({ studentId, schoolId, eventDate: formatDay(day), category: 'Tardy' });
    }
  }
}
