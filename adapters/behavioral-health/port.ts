/**
 * The behavioral health port, in FHIR R4 shapes (Patient, EpisodeOfCare, Condition, CarePlan).
 * Substance-use conditions are flagged so the subgraph can keep them apart (42 CFR Part 2).
 */
import type { AdapterBase, BatchResult } from '../port/batch-contract.js';
import type { DemographicsReader } from '../port/demographics.js';
import type { Provenance } from '../port/provenance.js';

/** FHIR R4 EpisodeOfCare.status. */
export type EpisodeStatus =
  | 'planned'
  | 'waitlist'
  | 'active'
  | 'onhold'
  | 'finished'
  | 'cancelled'
  | 'entered-in-error';

/** FHIR R4 Condition.category (condition-category) plus US Core's health-concern. */
export type ConditionCategory = 'problem-list-item' | 'encounter-diagnosis' | 'health-concern';

/** FHIR R4 Condition.clinicalStatus (condition-clinical). */
export type ConditionClinicalStatus =
  | 'active'
  | 'recurrence'
  | 'relapse'
  | 'inactive'
  | 'remission'
  | 'resolved';

/** FHIR R4 CarePlan.status. */
export type CarePlanStatus =
  | 'draft'
  | 'active'
  | 'on-hold'
  | 'revoked'
  | 'completed'
  | 'entered-in-error'
  | 'unknown';

export interface Reference {
  /** The referenced resource's logical id in the source system. */
  id: string;
  display: string;
}

export interface BehavioralHealthPatient {
  localId: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  provenance: Provenance;
}

export interface EpisodeOfCare {
  id: string;
  status: EpisodeStatus;
  /** Service type, e.g. "Outpatient mental health". */
  type: string;
  periodStart: string;
  periodEnd: string | null;
  managingOrganization: Reference;
  careManager: Reference | null;
  provenance: Provenance;
}

export interface Coding {
  system: string;
  code: string;
  display: string;
}

export interface Condition {
  id: string;
  code: Coding;
  category: ConditionCategory;
  clinicalStatus: ConditionClinicalStatus;
  recordedDate: string;
  /** True for substance use disorders, which 42 CFR Part 2 protects separately. */
  substanceUse: boolean;
  provenance: Provenance;
}

export interface CarePlan {
  id: string;
  title: string;
  status: CarePlanStatus;
  intent: 'proposal' | 'plan' | 'order' | 'option';
  /** CRISIS for a crisis / safety plan, TREATMENT for a treatment plan. */
  kind: 'CRISIS' | 'TREATMENT';
  periodStart: string;
  periodEnd: string | null;
  provenance: Provenance;
}

/** Also pages its records' identifying fields for record linkage (`port/demographics.ts`). */
export interface BehavioralHealthAdapter extends AdapterBase, DemographicsReader {
  patientsByIds(localIds: readonly string[]): Promise<BatchResult<BehavioralHealthPatient>>;
  /** Episodes of care per patient, newest first; `[]` for a known patient with none. */
  episodesByPatientIds(localIds: readonly string[]): Promise<BatchResult<EpisodeOfCare[]>>;
  conditionsByPatientIds(localIds: readonly string[]): Promise<BatchResult<Condition[]>>;
  carePlansByPatientIds(localIds: readonly string[]): Promise<BatchResult<CarePlan[]>>;
}
