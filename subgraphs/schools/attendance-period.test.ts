import { describe, expect, it } from 'vitest';
import { attendancePeriod, dayBefore, schoolYearOf } from './attendance-period.js';

describe('schoolYearOf', () => {
  it('names the school year by the year it ends in, running July 1 to June 30', () => {
    expect(schoolYearOf('2025-03-10')).toEqual({ schoolYear: 2025, start: '2024-07-01', end: '2025-06-30' });
    expect(schoolYearOf('2025-06-30').schoolYear).toBe(2025);
    expect(schoolYearOf('2025-07-01').schoolYear).toBe(2026);
  });
});

describe('dayBefore', () => {
  it('crosses month, leap-day and year boundaries', () => {
    expect(dayBefore('2025-03-01')).toBe('2025-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });
});

describe('attendancePeriod', () => {
  const today = '2025-03-10';
  const enrollments = [
    { entryDate: '2024-08-21', schoolYear: 2025 },
    { entryDate: '2023-08-23', schoolYear: 2024 },
  ];

  it("defaults to this school year's first entry date through yesterday", () => {
    expect(attendancePeriod({ today, enrollments })).toEqual({ start: '2024-08-21', end: '2025-03-09' });
  });

  it('starts on July 1 when no enrollment belongs to this school year', () => {
    expect(attendancePeriod({ today, enrollments: [enrollments[1]] })).toEqual({ start: '2024-07-01', end: '2025-03-09' });
  });

  it('takes explicit bounds but clips them to the school year and to today', () => {
    expect(attendancePeriod({ today, enrollments, from: '2025-01-06', to: '2025-01-31' })).toEqual({
      start: '2025-01-06',
      end: '2025-01-31',
    });
    expect(attendancePeriod({ today, enrollments, from: '2023-01-01', to: '2026-01-01' })).toEqual({
      start: '2024-07-01',
      end: '2025-03-10',
    });
  });
});
