import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SpecialEducationProgram } from '../../adapters/schools/port.js';
import { loadRecord } from '../shared/load-record.js';
import type { SchoolsContext } from './context.js';
import { toSpecialEducationProgram } from './ed-fi-views.js';
import { activeIepOf } from './iep.js';
import { SpecialEducationProgramType } from './special-education-type.js';
import { EducationRecordType } from './types.js';

const ACTIVE_IEP =
  'a special education program that has begun and has no end date or ends after today, with an IEP begin date on or before today';

@Resolver(() => EducationRecordType)
export class SpecialEducationResolver {
  @FieldResolver(() => [SpecialEducationProgramType], {
    description: "The student's special education program associations, newest first.",
  })
  async specialEducation(
    @Root() record: EducationRecordType,
    @Ctx() ctx: SchoolsContext,
  ): Promise<SpecialEducationProgramType[]> {
    return (await this.programsOf(record, ctx)).map(toSpecialEducationProgram);
  }

  @FieldResolver(() => SpecialEducationProgramType, {
    nullable: true,
    description: `The program the student's active IEP belongs to: ${ACTIVE_IEP}. The latest-begun if several; null when none.`,
  })
  async activeIep(
    @Root() record: EducationRecordType,
    @Ctx() ctx: SchoolsContext,
  ): Promise<SpecialEducationProgramType | null> {
    const program = activeIepOf(await this.programsOf(record, ctx), ctx.today);
    return program ? toSpecialEducationProgram(program) : null;
  }

  @FieldResolver(() => Boolean, { description: `Whether the student has an active IEP: ${ACTIVE_IEP}.` })
  async hasActiveIep(@Root() record: EducationRecordType, @Ctx() ctx: SchoolsContext): Promise<boolean> {
    return activeIepOf(await this.programsOf(record, ctx), ctx.today) !== null;
  }

  private async programsOf(record: EducationRecordType, ctx: SchoolsContext): Promise<SpecialEducationProgram[]> {
    return (await loadRecord(ctx.system, ctx.loaders.specialEducation.load(record.localId))) ?? [];
  }
}
