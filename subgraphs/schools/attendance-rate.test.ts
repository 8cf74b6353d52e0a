import { describe, expect, it } from 'vitest';
import type { AttendanceEvent } from '../../adapters/schools/port.js';
import {
  attendanceRate,
  countAttendance,
  dayNumber,
  enrolledRanges,
  isChronicallyAbsent,
  weekdaysBetween,
} from './attendance-rate.js';

const span = (start: string, end: string) => [dayNumber(start), dayNumber(end)];
const event = (eventDate: string, category: AttendanceEvent['category']): AttendanceEvent => ({
  schoolId: 'S-1',
  eventDate,
  category,
});

describe('weekdaysBetween', () => {
  it('counts Monday to Friday, both ends included', () => {
    expect(weekdaysBetween(dayNumber('2025-03-03'), dayNumber('2025-03-09'))).toBe(5); // Mon..Sun
    expect(weekdaysBetween(dayNumber('2025-03-03'), dayNumber('2025-03-10'))).toBe(6); // Mon..next Mon
    expect(weekdaysBetween(dayNumber('2025-03-08'), dayNumber('2025-03-09'))).toBe(0); // a weekend
    expect(weekdaysBetween(dayNumber('2025-03-05'), dayNumber('2025-03-05'))).toBe(1);
    expect(weekdaysBetween(dayNumber('2024-01-01'), dayNumber('2024-12-31'))).toBe(262); // leap year from a Monday
  });

  it('is 0 when the end is before the start', () => {
    expect(weekdaysBetween(dayNumber('2025-03-10'), dayNumber('2025-03-03'))).toBe(0);
  });

  it('works before 1970 too', () => {
    expect(weekdaysBetween(dayNumber('1969-12-29'), dayNumber('1970-01-04'))).toBe(5);
  });
});

describe('enrolledRanges', () => {
  const period = { start: '2024-09-01', end: '2024-12-31' };

  it('clips to the period and treats a missing exit date as still enrolled', () => {
    expect(enrolledRanges(period, [{ start: '2024-08-20', end: null }])).toEqual([span('2024-09-01', '2024-12-31')]);
  });

  it('merges overlapping and back-to-back enrollments (a school change) and drops ones outside', () => {
    expect(
      enrolledRanges(period, [
        { start: '2024-10-16', end: null },
        { start: '2024-08-20', end: '2024-10-15' },
        { start: '2023-08-20', end: '2024-06-01' },
      ]),
    ).toEqual([span('2024-09-01', '2024-12-31')]);
  });

  it('keeps a gap between enrollments out of the count', () => {
    expect(
      enrolledRanges(period, [
        { start: '2024-09-01', end: '2024-09-30' },
        { start: '2024-11-01', end: null },
      ]),
    ).toEqual([span('2024-09-01', '2024-09-30'), span('2024-11-01', '2024-12-31')]);
  });
});

describe('attendanceRate and isChronicallyAbsent', () => {
  it('is the attended share rounded to 3 decimals', () => {
    expect(attendanceRate(20, 1)).toBe(0.95);
    expect(attendanceRate(3, 1)).toBe(0.667);
    expect(attendanceRate(7, 0)).toBe(1);
    expect(attendanceRate(7, 7)).toBe(0);
  });

  it('is null with no instructional days, and then not chronic', () => {
    expect(attendanceRate(0, 0)).toBeNull();
    expect(isChronicallyAbsent(0, 0)).toBe(false);
  });

  it('calls missing 10% or more chronic, exactly 10% included', () => {
    expect(isChronicallyAbsent(20, 2)).toBe(true);
    expect(isChronicallyAbsent(20, 1)).toBe(false);
    expect(isChronicallyAbsent(173, 17)).toBe(false); // 9.8%
    expect(isChronicallyAbsent(173, 18)).toBe(true); // 10.4%
  });
});

describe('countAttendance', () => {
  const period = { start: '2025-03-03', end: '2025-03-14' }; // two school weeks
  const enrolled = [{ start: '2025-01-06', end: null }];

  it('counts absences (excused and unexcused) and tardies once per day', () => {
    const counts = countAttendance(period, enrolled, [
      event('2025-03-03', 'Excused Absence'),
      event('2025-03-04', 'Unexcused Absence'),
      event('2025-03-04', 'Unexcused Absence'), // the same day twice
      event('2025-03-05', 'Tardy'),
      event('2025-03-06', 'Early departure'),
      event('2025-03-07', 'Present'),
    ]);
    expect(counts).toEqual({ instructionalDays: 10, daysAbsent: 2, tardies: 1, rate: 0.8, chronicallyAbsent: true });
  });

  it('ignores events on weekends, outside the period or outside the enrollment', () => {
    const counts = countAttendance(period, [{ start: '2025-03-10', end: null }], [
      event('2025-03-08', 'Unexcused Absence'), // Saturday
      event('2025-03-04', 'Unexcused Absence'), // before enrollment
      event('2025-03-17', 'Unexcused Absence'), // after the period
      event('2025-03-11', 'Excused Absence'),
    ]);
    expect(counts).toEqual({ instructionalDays: 5, daysAbsent: 1, tardies: 0, rate: 0.8, chronicallyAbsent: true });
  });

  it('has no rate when the student was not enrolled in the period', () => {
    expect(countAttendance(period, [], [])).toEqual({
      instructionalDays: 0,
      daysAbsent: 0,
      tardies: 0,
      rate: null,
      chronicallyAbsent: false,
    });
  });
});
