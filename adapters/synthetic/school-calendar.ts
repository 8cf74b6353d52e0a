/**
 * The district calendar: the current school year is the one whose first day (third Wednesday of
 * August) is on or before the reference date; Ed-Fi names a school year by the year it ends in.
 * School days are weekdays minus the usual U.S. holidays and breaks.
 */
import { type Day, dayOf, nthWeekday, weekdayOf, yearOf } from './dates.js';

export interface SchoolYear {
  /** Ed-Fi schoolYear: the calendar year the school year ends in (2026–27 → 2027). */
  schoolYear: number;
  firstDay: Day;
  lastDay: Day;
}

export interface SchoolCalendar {
  current: SchoolYear;
  previous: SchoolYear;
  /** School days of the current year before the reference date, ascending. */
  daysSoFar: Day[];
}

function yearStartingIn(startYear: number): SchoolYear {
  const firstDay = nthWeekday(startYear, 8, 3, 3);
  const lastDay = nthWeekday(startYear + 1, 6, 5, 1);
  return { schoolYear: startYear + 1, firstDay, lastDay };
}

function holidays(startYear: number): Set<Day> {
  const y = startYear;
  const days = new Set<Day>([
    nthWeekday(y, 9, 1, 1), // Labor Day
    dayOf(y, 11, 11), // Veterans Day
    nthWeekday(y + 1, 1, 1, 3), // Martin Luther King Jr. Day
    nthWeekday(y + 1, 2, 1, 3), // Presidents' Day
    nthWeekday(y + 1, 6, 1, 1) - 7, // Memorial Day (last Monday of May)
  ]);
  const thanksgiving = nthWeekday(y, 11, 4, 4);
  for (let d = thanksgiving - 1; d <= thanksgiving + 1; d++) days.add(d);
  for (let d = dayOf(y, 12, 21); d <= dayOf(y + 1, 1, 2); d++) days.add(d);
  const springBreak = nthWeekday(y + 1, 4, 1, 1);
  for (let d = springBreak; d < springBreak + 5; d++) days.add(d);
  return days;
}

export function isSchoolDay(day: Day, off: Set<Day>): boolean {
  const w = weekdayOf(day);
  return w !== 0 && w !== 6 && !off.has(day);
}

export function schoolCalendar(ref: Day): SchoolCalendar {
  let current = yearStartingIn(yearOf(ref));
  if (current.firstDay > ref) current = yearStartingIn(yearOf(ref) - 1);
  const previous = yearStartingIn(current.schoolYear - 2);
  const off = holidays(current.schoolYear - 1);
  const daysSoFar: Day[] = [];
  const until = Math.min(ref, current.lastDay + 1);
  for (let d = current.firstDay; d < until; d++) if (isSchoolDay(d, off)) daysSoFar.push(d);
  return { current, previous, daysSoFar };
}
