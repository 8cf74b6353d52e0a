/**
 * Code lists for behavioral health records. Diagnoses are ICD-10-CM codes (system
 * http://hl7.org/fhir/sid/icd-10-cm) with their official short titles; statuses and categories
 * are FHIR R4 value sets (EpisodeOfCare.status, condition-clinical, condition-category). The
 * clinics are invented; Alder Recovery Services is the substance-use (42 CFR Part 2) program.
 */
import type { Coding, ConditionCategory } from '../behavioral-health/port.js';

export const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';

function code(c: string, display: string): Coding {
  return { system: ICD10CM, code: c, display };
}

export const CHILD_MENTAL_HEALTH: ReadonlyArray<readonly [Coding, number]> = [
  [code('F43.10', 'Post-traumatic stress disorder, unspecified'), 22],
  [code('F43.23', 'Adjustment disorder with mixed anxiety and depressed mood'), 18],
  [code('F90.2', 'Attention-deficit hyperactivity disorder, combined type'), 20],
  [code('F91.3', 'Oppositional defiant disorder'), 10],
  [code('F32.1', 'Major depressive disorder, single episode, moderate'), 10],
  [code('F41.1', 'Generalized anxiety disorder'), 10],
  [code('F34.81', 'Disruptive mood dysregulation disorder'), 6],
  [code('F94.1', 'Reactive attachment disorder of childhood'), 4],
];

export const ADULT_MENTAL_HEALTH: ReadonlyArray<readonly [Coding, number]> = [
  [code('F32.1', 'Major depressive disorder, single episode, moderate'), 25],
  [code('F33.1', 'Major depressive disorder, recurrent, moderate'), 15],
  [code('F41.1', 'Generalized anxiety disorder'), 22],
  [code('F43.10', 'Post-traumatic stress disorder, unspecified'), 18],
  [code('F43.12', 'Post-traumatic stress disorder, chronic'), 8],
  [code('F31.81', 'Bipolar II disorder'), 7],
  [code('F90.2', 'Attention-deficit hyperactivity disorder, combined type'), 5],
];

export const ADULT_SUBSTANCE_USE: ReadonlyArray<readonly [Coding, number]> = [
  [code('F10.20', 'Alcohol dependence, uncomplicated'), 34],
  [code('F11.20', 'Opioid dependence, uncomplicated'), 28],
  [code('F15.20', 'Other stimulant dependence, uncomplicated'), 20],
  [code('F12.20', 'Cannabis dependence, uncomplicated'), 10],
  [code('F14.20', 'Cocaine dependence, uncomplicated'), 8],
];

export const YOUTH_SUBSTANCE_USE: ReadonlyArray<readonly [Coding, number]> = [
  [code('F12.10', 'Cannabis abuse, uncomplicated'), 70],
  [code('F10.10', 'Alcohol abuse, uncomplicated'), 30],
];

export const CATEGORIES: ReadonlyArray<readonly [ConditionCategory, number]> = [
  ['encounter-diagnosis', 55],
  ['problem-list-item', 40],
  ['health-concern', 5],
];

export interface Clinic {
  id: string;
  display: string;
  serves: 'CHILD' | 'ADULT' | 'SUBSTANCE_USE';
  credentials: readonly string[];
}

export const CLINICS: readonly Clinic[] = [
  { id: 'org-riverbend-cmhc', display: 'Riverbend Community Mental Health Center', serves: 'ADULT', credentials: ['LCSW', 'LPC', 'LMFT', 'PMHNP'] },
  { id: 'org-juniper-family', display: 'Juniper Family Counseling Services', serves: 'CHILD', credentials: ['LCSW', 'LMFT', 'PsyD'] },
  { id: 'org-redwater-youth', display: 'Redwater Youth & Family Clinic', serves: 'CHILD', credentials: ['LCSW', 'LPC', 'MD'] },
  { id: 'org-alder-recovery', display: 'Alder Recovery Services', serves: 'SUBSTANCE_USE', credentials: ['LADC', 'CADC', 'LCSW', 'MD'] },
];

export const EPISODE_TYPES = {
  CHILD: ['Outpatient mental health (child and family)', 'Trauma-focused therapy (TF-CBT)', 'Intensive in-home behavioral health', 'Psychiatric medication management'],
  ADULT: ['Outpatient mental health', 'Psychiatric medication management', 'Crisis stabilization', 'Intensive outpatient mental health'],
  SUBSTANCE_USE: ['Outpatient substance use treatment', 'Intensive outpatient substance use treatment', 'Residential substance use treatment'],
  OPIOID: 'Medication for opioid use disorder',
} as const;
