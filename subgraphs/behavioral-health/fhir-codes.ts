/**
 * FHIR R4 (4.0.1) codes -> GraphQL enum values. FHIR codes such as `entered-in-error` are not
 * valid GraphQL names, so each code set gets one total map (the `satisfies` clause makes the
 * compiler reject a map that misses a code the port can return) and the GraphQL value type is
 * derived from it, so the enum and the map cannot drift apart.
 */
import type {
  CarePlan,
  CarePlanStatus,
  ConditionCategory,
  ConditionClinicalStatus,
  EpisodeStatus,
} from '../../adapters/behavioral-health/port.js';

/** EpisodeOfCare.status (http://hl7.org/fhir/episode-of-care-status). */
export const EPISODE_STATUS = {
  planned: 'PLANNED',
  waitlist: 'WAITLIST',
  active: 'ACTIVE',
  onhold: 'ONHOLD',
  finished: 'FINISHED',
  cancelled: 'CANCELLED',
  'entered-in-error': 'ENTERED_IN_ERROR',
} as const satisfies Record<EpisodeStatus, string>;
export type EpisodeStatusValue = (typeof EPISODE_STATUS)[EpisodeStatus];

/** Condition.category (condition-category) plus US Core's `health-concern`. */
export const CONDITION_CATEGORY = {
  'problem-list-item': 'PROBLEM_LIST_ITEM',
  'encounter-diagnosis': 'ENCOUNTER_DIAGNOSIS',
  'health-concern': 'HEALTH_CONCERN',
} as const satisfies Record<ConditionCategory, string>;
export type ConditionCategoryValue = (typeof CONDITION_CATEGORY)[ConditionCategory];

/** Condition.clinicalStatus (http://terminology.hl7.org/CodeSystem/condition-clinical). */
export const CONDITION_CLINICAL_STATUS = {
  active: 'ACTIVE',
  recurrence: 'RECURRENCE',
  relapse: 'RELAPSE',
  inactive: 'INACTIVE',
  remission: 'REMISSION',
  resolved: 'RESOLVED',
} as const satisfies Record<ConditionClinicalStatus, string>;
export type ConditionClinicalStatusValue = (typeof CONDITION_CLINICAL_STATUS)[ConditionClinicalStatus];

/** CarePlan.status (http://hl7.org/fhir/request-status). */
export const CARE_PLAN_STATUS = {
  draft: 'DRAFT',
  active: 'ACTIVE',
  'on-hold': 'ON_HOLD',
  revoked: 'REVOKED',
  completed: 'COMPLETED',
  'entered-in-error': 'ENTERED_IN_ERROR',
  unknown: 'UNKNOWN',
} as const satisfies Record<CarePlanStatus, string>;
export type CarePlanStatusValue = (typeof CARE_PLAN_STATUS)[CarePlanStatus];

type CarePlanIntent = CarePlan['intent'];

/** CarePlan.intent (http://hl7.org/fhir/care-plan-intent). */
export const CARE_PLAN_INTENT = {
  proposal: 'PROPOSAL',
  plan: 'PLAN',
  order: 'ORDER',
  option: 'OPTION',
} as const satisfies Record<CarePlanIntent, string>;
export type CarePlanIntentValue = (typeof CARE_PLAN_INTENT)[CarePlanIntent];

/** The port already uses GraphQL-ready names for the plan kind; no map is needed. */
export type CarePlanKind = CarePlan['kind'];
