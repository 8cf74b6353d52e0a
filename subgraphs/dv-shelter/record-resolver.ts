import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DvEnrollment } from '../../adapters/dv-shelter/port.js';
import { loadRecord } from '../shared/load-record.js';
import type { DvShelterContext } from './context.js';
import { ShelterEnrollmentType } from './enrollment-type.js';
import { toShelterEnrollment } from './hmis-views.js';
import { DvServicesRecordType } from './types.js';

@Resolver(() => DvServicesRecordType)
export class DvServicesRecordResolver {
  @FieldResolver(() => [ShelterEnrollmentType], {
    description: "The client's enrollments with the DV program, newest entry first, each with its exit if any.",
  })
  async enrollments(
    @Root() record: DvServicesRecordType,
    @Ctx() ctx: DvShelterContext,
  ): Promise<ShelterEnrollmentType[]> {
    return (await this.enrollmentsOf(record, ctx)).map(toShelterEnrollment);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the client has an enrollment with no exit yet (HMIS Enrollment without an Exit), in any project type. Says nothing about where.',
  })
  async currentlyInShelter(@Root() record: DvServicesRecordType, @Ctx() ctx: DvShelterContext): Promise<boolean> {
    return (await this.enrollmentsOf(record, ctx)).some((e) => e.exit === null);
  }

  private async enrollmentsOf(record: DvServicesRecordType, ctx: DvShelterContext): Promise<DvEnrollment[]> {
    return (await loadRecord(ctx.system, ctx.loaders.enrollments.load(record.localId))) ?? [];
  }
}
