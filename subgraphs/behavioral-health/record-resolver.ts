/**
 * Episodes of care and conditions on the behavioral health record. Substance-use conditions get
 * a field of their own: 42 CFR Part 2 protects them apart from the rest of the record, and a
 * separate field lets policy label and withhold exactly that data.
 */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Condition, EpisodeOfCare } from '../../adapters/behavioral-health/port.js';
import { loadRecord } from '../shared/load-record.js';
import { ConditionType, EpisodeOfCareType } from './clinical-types.js';
import { decideAndRecord, guard } from '../shared/policy/guard.js';
import type { BehavioralHealthContext, BehavioralHealthRequestContext } from './context.js';
import { toCondition, toEpisodeOfCare } from './fhir-views.js';
import { openEpisodeOf } from './open-records.js';
import { BehavioralHealthRecordType } from './types.js';

@Resolver(() => BehavioralHealthRecordType)
export class BehavioralHealthRecordResolver {
  @FieldResolver(() => [EpisodeOfCareType], { description: "The person's episodes of care, newest first." })
  async episodesOfCare(
    @Root() record: BehavioralHealthRecordType,
    @Ctx() ctx: BehavioralHealthRequestContext,
  ): Promise<EpisodeOfCareType[]> {
    return (await releasableEpisodes(record, ctx)).map(toEpisodeOfCare);
  }

  @FieldResolver(() => EpisodeOfCareType, {
    nullable: true,
    description:
      'The open episode of care: the newest episode whose status is ACTIVE (care is being provided now). Planned, waitlisted, on-hold and finished episodes are not open. Null when none is open.',
  })
  async openEpisode(
    @Root() record: BehavioralHealthRecordType,
    @Ctx() ctx: BehavioralHealthRequestContext,
  ): Promise<EpisodeOfCareType | null> {
    const open = openEpisodeOf(await releasableEpisodes(record, ctx));
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
    nullable: true,
    description:
      "Substance use disorder conditions, newest first. Protected by 42 CFR Part 2: disclosure needs the patient's written consent (§2.31) naming the recipient and purpose, and each response carrying them has the §2.32 notice and the consent reference in `extensions.disclosureNotices`. Null with ACCESS_DENIED without such a consent — the same answer whether or not the person has any. Kept apart from `conditions` so policy can label (DS4P SUD) and withhold exactly this data.",
  })
  async substanceUseConditions(
    @Root() record: BehavioralHealthRecordType,
    @Ctx() ctx: BehavioralHealthRequestContext,
  ): Promise<ConditionType[]> {
    // 42 CFR Part 2: decided before the conditions are read; the §2.32 notice goes with the data.
    ctx.notices.addFor(ctx.system, await guard(ctx, 'BehavioralHealthRecord.substanceUseConditions', subjectOf(record)));
    return (await this.conditionsOf(record, ctx)).filter((c) => c.substanceUse).map(toCondition);
  }

  private async conditionsOf(record: BehavioralHealthRecordType, ctx: BehavioralHealthContext): Promise<Condition[]> {
    return (await loadRecord(ctx.system, ctx.loaders.conditions.load(record.localId))) ?? [];
  }
}

function subjectOf(record: BehavioralHealthRecordType) {
  return { personId: record.personId ?? '', localId: record.localId };
}

/**
 * Episodes, without those of the provider's Part 2 programs unless the caller may see SUD
 * information (42 CFR 2.11: a Part 2 program's records identify a patient as having a substance
 * use disorder). Withheld episodes are simply absent: the list reads like a patient's without them.
 */
async function releasableEpisodes(record: BehavioralHealthRecordType, ctx: BehavioralHealthRequestContext): Promise<EpisodeOfCare[]> {
  const episodes = (await loadRecord(ctx.system, ctx.loaders.episodes.load(record.localId))) ?? [];
  const part2 = new Set(ctx.policy.part2Programs);
  if (!episodes.some((e) => part2.has(e.managingOrganization.id))) return episodes;
  const decision = await decideAndRecord(ctx, 'BehavioralHealthRecord.episodesOfCare', subjectOf(record));
  ctx.notices.addFor(ctx.system, decision);
  return decision.permit ? episodes : episodes.filter((e) => !part2.has(e.managingOrganization.id));
}
