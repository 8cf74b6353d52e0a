import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SchoolEnrollment } from '../../adapters/schools/port.js';
import { loadRecord } from '../shared/load-record.js';
import type { SchoolsContext } from './context.js';
import { toSchoolEnrollment } from './ed-fi-views.js';
import { EducationRecordType, SchoolEnrollmentType } from './types.js';

/** Loads a student's school associations (newest entry first); shared with the attendance resolver. */
export async function enrollmentsOf(record: EducationRecordType, ctx: SchoolsContext): Promise<SchoolEnrollment[]> {
  return (await loadRecord(ctx.system, ctx.loaders.enrollments.load(record.localId))) ?? [];
}

@Resolver(() => EducationRecordType)
export class EducationRecordResolver {
  @FieldResolver(() => [SchoolEnrollmentType], { description: "The student's school enrollments, newest entry first." })
  async enrollments(@Root() record: EducationRecordType, @Ctx() ctx: SchoolsContext): Promise<SchoolEnrollmentType[]> {
    return (await enrollmentsOf(record, ctx)).map(toSchoolEnrollment);
  }

  @FieldResolver(() => SchoolEnrollmentType, {
    nullable: true,
    description:
      'The enrollment with no exit date: where the student goes to school now. The newest one if several are open; null when none is.',
  })
  async currentEnrollment(
    @Root() record: EducationRecordType,
    @Ctx() ctx: SchoolsContext,
  ): Promise<SchoolEnrollmentType | null> {
    let current: SchoolEnrollment | null = null;
    for (const e of await enrollmentsOf(record, ctx)) {
      if (e.exitWithdrawDate === null && (!current || e.entryDate > current.entryDate)) current = e;
    }
    return current ? toSchoolEnrollment(current) : null;
  }
}
