/**
 * Episodes of care and conditions on the behavioral health record. Substance-use conditions get
 * a field of their own: 42 CFR Part 2 protects them apart from the rest of the record, and a
 * separate field lets policy label and withhold exactly that data.
 */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Condition } from '../../adapters/behavioral-health/port.js';
import { loadRecord } from '../shared/load-record.js';
import { ConditionType, EpisodeOfCareType } from './clinical-types.js';
import type { BehavioralHealthContext } from './context.js';
import { toCondition, toEpisodeOfCare } from './fhir-views.js';
import { openEpisodeOf } from './open-records.js';
import { BehavioralHealthRecordType } from './types.js';

@Resolver(() => BehavioralHealthRecordType)
export class BehavioralHealthRecordResolver {
  @FieldResolver(() => [EpisodeOfCareType], { description: "The person's episodes of care, newest first." })
  async episodesOfCare(
    @Root() record: BehavioralHealthRecordType,
    @Ctx() ctx: BehavioralHealthContext,
  ): Promise<EpisodeOfCareType[]> {
    const episodes = (await loadRecord(ctx.system, ctx.loaders.episodes.load(record.localId))) ?? [];
    return episodes.map(toEpisodeOfCare);
  }

  @FieldResolver(() => EpisodeOfCareType, {
    nullable: true,
    description:
      'The open episode of care: the newest episode whose status is ACTIVE (care is being provided now). Planned, waitlisted, on-hold and finished episodes are not open. Null when none is open.',
  })
  async openEpisode(
    @Root() record: BehavioralHealthRecordType,
    @Ctx() ctx: BehavioralHealthContext,
  ): Promise<EpisodeOfCareType | null> {
    const episodes = (await loadRecord(ctx.system, ctx.loaders.episodes.load(record.localId))) ?? [];
    const open = openEpisodeOf(episodes);
    return open ? toEpisodeOfCare(open) : null;
  }

  @FieldResolver(() => [ConditionType], {
    description:
      'Mental health and other conditions that are NOT substance use disorders, newest first. Substance use disorders are only in `substanceUseConditions`.',
  })
  async conditions(
    @Root() record: BehavioralHealthRecordType,
    @Ctx() ctx: BehavioralHealthContext,
  ): Promise<ConditionType[]> {
    return (await this.conditionsOf(record, ctx)).filter((c) => !c.substanceUse).map(toCondition);
  }

  @FieldResolver(() => [ConditionType], {
    description:
      "Substance use disorder conditions, newest first. Protected by 42 CFR Part 2: disclosure needs the patient's written consent (§2.31) and carries the §2.32 notice. Kept apart from `conditions` so policy can label (DS4P SUD, NORDSCLCD) and withhold this field without touching the rest of the record.",
  })
  async substanceUseConditions(
    @Root() record: BehavioralHealthRecordType,
    @Ctx() ctx: BehavioralHealthContext,
  ): Promise<ConditionType[]> {
    return (await this.conditionsOf(record, ctx)).filter((c) => c.substanceUse).map(toCondition);
  }

  private async conditionsOf(record: BehavioralHealthRecordType, ctx: BehavioralHealthContext): Promise<Condition[]> {
    return (await loadRecord(ctx.system, ctx.loaders.conditions.load(record.localId))) ?? [];
  }
}
