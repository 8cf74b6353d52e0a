/**
 * The shape of a generated synthetic population: the ground truth (who is really who) and, per
 * agency, the records that agency's system would hold — each with its own local ids and its own
 * version of the person's name and birth date. Agency slices carry NO hub person id: the only
 * crosswalk is `identity.links`, which is what the identity subgraph serves.
 */
import type { CaseRecord, Caseworker, ChildWelfareChild } from '../child-welfare/port.js';
import type {
  BehavioralHealthPatient,
  CarePlan,
  Condition,
  EpisodeOfCare,
} from '../behavioral-health/port.js';
import type { DvClient, DvEnrollment } from '../dv-shelter/port.js';
import type {
  AttendanceEvent,
  SchoolEnrollment,
  SpecialEducationProgram,
  Student,
} from '../schools/port.js';
import type { AgencyLink } from '../identity/port.js';

export interface GeneratorOptions {
  /** Seed of the pseudo-random generator: the same seed and size give the same population. */
  seed: number;
  /** Number of people (children and adults) to generate. */
  size: number;
  /** The "today" the data is generated relative to (yyyy-mm-dd), so output never depends on the clock. */
  referenceDate: string;
}

/** A real (synthetic) human being, as the truth the agencies' records are noisy copies of. */
export interface TruePerson {
  /** Hub person id, e.g. `P-000042`. */
  personId: string;
  firstName: string;
  middleName: string | null;
  lastName: string;
  suffix: string | null;
  birthDate: string;
  sex: 'FEMALE' | 'MALE';
  /** Nine digits, or null for people who have none on record anywhere. */
  ssn: string | null;
  zip: string;
  householdId: string;
  role: 'CHILD' | 'PARENT';
}

export interface Household {
  householdId: string;
  parentIds: string[];
  childIds: string[];
}

/** A link with the person it belongs to: the identity subgraph's whole store. */
export interface PersonLink extends AgencyLink {
  personId: string;
}

export interface ChildWelfareDataset {
  children: ChildWelfareChild[];
  cases: CaseRecord[];
  caseworkers: Caseworker[];
}

export interface BehavioralHealthDataset {
  patients: BehavioralHealthPatient[];
  episodes: Array<EpisodeOfCare & { patientId: string }>;
  conditions: Array<Condition & { patientId: string }>;
  carePlans: Array<CarePlan & { patientId: string }>;
}

export interface DvShelterDataset {
  clients: DvClient[];
  enrollments: Array<DvEnrollment & { clientId: string }>;
}

export interface SchoolsDataset {
  students: Student[];
  enrollments: Array<SchoolEnrollment & { studentId: string }>;
  attendanceEvents: Array<AttendanceEvent & { studentId: string }>;
  specialEducation: Array<SpecialEducationProgram & { studentId: string }>;
}

export interface SyntheticPopulation {
  options: GeneratorOptions;
  /** Ground truth; used by tests and linkage evaluation, never served by any subgraph. */
  people: TruePerson[];
  households: Household[];
  identity: { links: PersonLink[] };
  childWelfare: ChildWelfareDataset;
  behavioralHealth: BehavioralHealthDataset;
  dvShelter: DvShelterDataset;
  schools: SchoolsDataset;
}

export { AGENCY_SYSTEMS } from '../port/agency-systems.js';
