/**
 * Port records -> the shapes the schema serves. Only the coded fields change (FHIR codes become
 * GraphQL enum names through the total maps in fhir-codes.ts); everything else passes through.
 */
import type { CarePlan, Condition, EpisodeOfCare } from '../../adapters/behavioral-health/port.js';
import type { CarePlanType, ConditionType, EpisodeOfCareType } from './clinical-types.js';
import {
  CARE_PLAN_INTENT,
  CARE_PLAN_STATUS,
  CONDITION_CATEGORY,
  CONDITION_CLINICAL_STATUS,
  EPISODE_STATUS,
} from './fhir-codes.js';

export function toEpisodeOfCare(episode: EpisodeOfCare): EpisodeOfCareType {
  return { ...episode, status: EPISODE_STATUS[episode.status] };
}

/** The `substanceUse` flag is left out: which list a condition appears in already says it. */
export function toCondition({ substanceUse: _flag, ...condition }: Condition): ConditionType {
  return {
    ...condition,
    category: CONDITION_CATEGORY[condition.category],
    clinicalStatus: CONDITION_CLINICAL_STATUS[condition.clinicalStatus],
  };
}

export function toCarePlan(plan: CarePlan): CarePlanType {
  return { ...plan, status: CARE_PLAN_STATUS[plan.status], intent: CARE_PLAN_INTENT[plan.intent] };
}
