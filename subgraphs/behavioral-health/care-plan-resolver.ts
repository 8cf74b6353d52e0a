/** Care plans on the behavioral health record, and whether a crisis plan is in effect. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CarePlan } from '../../adapters/behavioral-health/port.js';
import { loadRecord } from '../shared/load-record.js';
import { CarePlanType } from './clinical-types.js';
import type { BehavioralHealthContext } from './context.js';
import { toCarePlan } from './fhir-views.js';
import { activeCrisisPlanOf } from './open-records.js';
import { BehavioralHealthRecordType } from './types.js';

@Resolver(() => BehavioralHealthRecordType)
export class BehavioralHealthCarePlanResolver {
  @FieldResolver(() => [CarePlanType], { description: "The person's treatment and crisis plans, newest first." })
  async carePlans(
    @Root() record: BehavioralHealthRecordType,
    @Ctx() ctx: BehavioralHealthContext,
  ): Promise<CarePlanType[]> {
    return (await this.plansOf(record, ctx)).map(toCarePlan);
  }

  @FieldResolver(() => CarePlanType, {
    nullable: true,
    description: 'The crisis plan in effect: the newest CRISIS plan whose status is ACTIVE; null when there is none.',
  })
  async crisisPlan(
    @Root() record: BehavioralHealthRecordType,
    @Ctx() ctx: BehavioralHealthContext,
  ): Promise<CarePlanType | null> {
    const plan = activeCrisisPlanOf(await this.plansOf(record, ctx));
    return plan ? toCarePlan(plan) : null;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether a crisis plan is in effect (the same rule as `crisisPlan`), without fetching the plan.',
  })
  async crisisPlanOnFile(
    @Root() record: BehavioralHealthRecordType,
    @Ctx() ctx: BehavioralHealthContext,
  ): Promise<boolean> {
    return activeCrisisPlanOf(await this.plansOf(record, ctx)) !== null;
  }

  private async plansOf(record: BehavioralHealthRecordType, ctx: BehavioralHealthContext): Promise<CarePlan[]> {
    return (await loadRecord(ctx.system, ctx.loaders.carePlans.load(record.localId))) ?? [];
  }
}
