import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loadRecord } from '../shared/load-record.js';
import { LocalDate } from '../shared/scalars.js';
import { attendancePeriod } from './attendance-period.js';
import { countAttendance } from './attendance-rate.js';
import { AttendanceSummaryType } from './attendance-types.js';
import type { SchoolsContext } from './context.js';
import { toAttendanceEvent } from './ed-fi-views.js';
import { enrollmentsOf } from './record-resolver.js';
import { EducationRecordType } from './types.js';

@Resolver(() => EducationRecordType)
export class AttendanceResolver {
  @FieldResolver(() => AttendanceSummaryType, {
    description:
      "Attendance over a period of the current school year (July 1 to June 30, named by the year it ends in). By default from the student's first entry date this school year through yesterday; `from` and `to` narrow it, and are clipped to the current school year and to today, because the district system supplies this year's events only.",
  })
  async attendance(
    @Root() record: EducationRecordType,
    @Ctx() ctx: SchoolsContext,
    @Arg('from', () => LocalDate, { nullable: true, description: 'First day to count; see the field description for the default.' })
    from?: string | null,
    @Arg('to', () => LocalDate, { nullable: true, description: 'Last day to count; defaults to yesterday.' })
    to?: string | null,
  ): Promise<AttendanceSummaryType> {
    const [enrollments, events] = await Promise.all([
      enrollmentsOf(record, ctx),
      loadRecord(ctx.system, ctx.loaders.attendance.load(record.localId)).then((found) => found ?? []),
    ]);
    const period = attendancePeriod({ from, to, today: ctx.today, enrollments });
    const spans = enrollments.map((e) => ({ start: e.entryDate, end: e.exitWithdrawDate }));
    const inPeriod = events.filter((e) => e.eventDate >= period.start && e.eventDate <= period.end);
    return {
      periodStart: period.start,
      periodEnd: period.end,
      ...countAttendance(period, spans, inPeriod),
      events: inPeriod.map(toAttendanceEvent),
    };
  }
}
