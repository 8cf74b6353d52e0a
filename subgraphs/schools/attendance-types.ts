/** Attendance as the dashboard sees it: Ed-Fi StudentSchoolAttendanceEvents and a summary of them. */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../shared/scalars.js';
import type { AttendanceCategoryValue } from './ed-fi-codes.js';
import { AttendanceEventCategoryEnum } from './enums.js';

@ObjectType('AttendanceEvent', {
  description: 'One attendance exception recorded for a student (Ed-Fi StudentSchoolAttendanceEvent).',
})
export class AttendanceEventType {
  @Field(() => LocalDate, { description: 'The school day the event is for (Ed-Fi eventDate).' })
  date!: string;

  @Field(() => AttendanceEventCategoryEnum, { description: 'What happened: an absence, a tardy, and so on.' })
  category!: AttendanceCategoryValue;

  @Field(() => ID, { description: 'The Ed-Fi schoolId of the school that recorded it.' })
  schoolId!: string;
}

@ObjectType('AttendanceSummary', {
  description:
    "A student's attendance over a period of the current school year. Days without an absence event count as attended (Ed-Fi records exceptions). There is no district calendar: every weekday counts as an instructional day, holidays and breaks included, so the rate may read a little high.",
})
export class AttendanceSummaryType {
  @Field(() => LocalDate, { description: 'First day counted.' })
  periodStart!: string;

  @Field(() => LocalDate, { description: 'Last day counted.' })
  periodEnd!: string;

  @Field(() => Int, {
    description:
      'Weekdays (Monday to Friday) in the period on which the student was enrolled. Holidays are not known, so they are included.',
  })
  instructionalDays!: number;

  @Field(() => Int, { description: 'Instructional days with an Excused or Unexcused Absence event.' })
  daysAbsent!: number;

  @Field(() => Int, { description: 'Instructional days with a Tardy event (tardy days count as attended).' })
  tardies!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of instructional days attended, 0 to 1, rounded to 3 decimals: (instructionalDays - daysAbsent) / instructionalDays. Null when there were no instructional days.',
  })
  rate!: number | null;

  @Field(() => Boolean, {
    description:
      'Whether the student missed 10% or more of instructional days (rate of 0.9 or less), the usual definition of chronic absence. False when there were no instructional days.',
  })
  chronicallyAbsent!: boolean;

  @Field(() => [AttendanceEventType], { description: 'The attendance events dated within the period, oldest first.' })
  events!: AttendanceEventType[];
}
