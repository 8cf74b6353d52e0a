/**
 * Behavioral health enums for the schema, one per FHIR R4 code set the dashboard sees. Values
 * are the GraphQL names of the FHIR codes (see fhir-codes.ts for the mapping).
 */
import { describedEnum } from '../shared/described-enum.js';
import type {
  CarePlanIntentValue,
  CarePlanKind,
  CarePlanStatusValue,
  ConditionCategoryValue,
  ConditionClinicalStatusValue,
  EpisodeStatusValue,
} from './fhir-codes.js';

export const EpisodeOfCareStatusEnum = describedEnum<EpisodeStatusValue>(
  'EpisodeOfCareStatus',
  'Where an episode of care stands (FHIR R4 EpisodeOfCare.status).',
  {
    PLANNED: { description: 'FHIR `planned`: the episode is planned but care has not started.' },
    WAITLIST: { description: 'FHIR `waitlist`: the person is on a waiting list for the service.' },
    ACTIVE: { description: 'FHIR `active`: care is being provided now. This is what "open" means.' },
    ONHOLD: { description: 'FHIR `onhold`: care is paused, for example while the person is in hospital.' },
    FINISHED: { description: 'FHIR `finished`: the episode ended.' },
    CANCELLED: { description: 'FHIR `cancelled`: the episode was cancelled before care was completed.' },
    ENTERED_IN_ERROR: { description: 'FHIR `entered-in-error`: recorded by mistake; disregard it.' },
  },
);

export const ConditionCategoryEnum = describedEnum<ConditionCategoryValue>(
  'ConditionCategory',
  'The kind of record a condition is (FHIR R4 Condition.category, plus US Core health-concern).',
  {
    PROBLEM_LIST_ITEM: { description: "FHIR `problem-list-item`: on the clinician's ongoing problem list." },
    ENCOUNTER_DIAGNOSIS: { description: 'FHIR `encounter-diagnosis`: a diagnosis made during a visit.' },
    HEALTH_CONCERN: { description: 'US Core `health-concern`: a concern raised by the person or their care team.' },
  },
);

export const ConditionClinicalStatusEnum = describedEnum<ConditionClinicalStatusValue>(
  'ConditionClinicalStatus',
  'Whether a condition is current (FHIR R4 Condition.clinicalStatus, condition-clinical).',
  {
    ACTIVE: { description: 'FHIR `active`: the condition is current.' },
    RECURRENCE: { description: 'FHIR `recurrence`: the condition has come back after resolving.' },
    RELAPSE: { description: 'FHIR `relapse`: symptoms have returned after a remission.' },
    INACTIVE: { description: 'FHIR `inactive`: the condition is no longer current.' },
    REMISSION: { description: 'FHIR `remission`: no current symptoms, but it may come back.' },
    RESOLVED: { description: 'FHIR `resolved`: the condition is over and not expected to return.' },
  },
);

export const CarePlanKindEnum = describedEnum<CarePlanKind>(
  'CarePlanKind',
  'What a care plan is for.',
  {
    CRISIS: { description: 'A crisis or safety plan: what to do, and whom to call, when the person is in crisis.' },
    TREATMENT: { description: 'A treatment plan: goals and services for ongoing care.' },
  },
);

export const CarePlanStatusEnum = describedEnum<CarePlanStatusValue>(
  'CarePlanStatus',
  'Where a care plan stands (FHIR R4 CarePlan.status, request-status).',
  {
    DRAFT: { description: 'FHIR `draft`: being written, not yet in effect.' },
    ACTIVE: { description: 'FHIR `active`: in effect now.' },
    ON_HOLD: { description: 'FHIR `on-hold`: temporarily not in effect.' },
    REVOKED: { description: 'FHIR `revoked`: withdrawn before it was completed.' },
    COMPLETED: { description: 'FHIR `completed`: done; no longer in effect.' },
    ENTERED_IN_ERROR: { description: 'FHIR `entered-in-error`: recorded by mistake; disregard it.' },
    UNKNOWN: { description: 'FHIR `unknown`: the source system does not know the status.' },
  },
);

export const CarePlanIntentEnum = describedEnum<CarePlanIntentValue>(
  'CarePlanIntent',
  'How binding a care plan is (FHIR R4 CarePlan.intent, care-plan-intent).',
  {
    PROPOSAL: { description: 'FHIR `proposal`: suggested, not yet agreed.' },
    PLAN: { description: 'FHIR `plan`: what the care team intends to do.' },
    ORDER: { description: 'FHIR `order`: authorized and to be carried out.' },
    OPTION: { description: 'FHIR `option`: one of several alternatives.' },
  },
);
