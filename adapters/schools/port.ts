/**
 * The schools port, in Ed-Fi Data Standard v5 shapes: StudentSchoolAssociation,
 * StudentSchoolAttendanceEvent and StudentSpecialEducationProgramAssociation.
 */
import type { AdapterBase, BatchResult } from '../port/batch-contract.js';
import type { DemographicsReader } from '../port/demographics.js';
import type { Provenance } from '../port/provenance.js';

/** Ed-Fi GradeLevelDescriptor code values. */
export type GradeLevel =
  | 'Preschool'
  | 'Prekindergarten'
  | 'Kindergarten'
  | 'First grade'
  | 'Second grade'
  | 'Third grade'
  | 'Fourth grade'
  | 'Fifth grade'
  | 'Sixth grade'
  | 'Seventh grade'
  | 'Eighth grade'
  | 'Ninth grade'
  | 'Tenth grade'
  | 'Eleventh grade'
  | 'Twelfth grade'
  | 'Ungraded';

/** Ed-Fi AttendanceEventCategoryDescriptor default set. */
export type AttendanceCategory =
  | 'In Attendance'
  | 'Present'
  | 'Excused Absence'
  | 'Unexcused Absence'
  | 'Tardy'
  | 'Early departure'
  | 'Partial';

/** Ed-Fi DisabilityDescriptor code values (the subset the generator uses). */
export type Disability =
  | 'Autism Spectrum Disorders'
  | 'Intellectual Disability'
  | 'Other Health Impairment'
  | 'Serious Emotional Disability'
  | 'Speech or Language Impairment'
  | 'Specific Learning Disability'
  | 'Multiple Disabilities';

export interface Student {
  /** Ed-Fi studentUniqueId. */
  localId: string;
  firstName: string;
  middleName: string | null;
  lastSurname: string;
  birthDate: string | null;
  provenance: Provenance;
}

export interface School {
  schoolId: string;
  nameOfInstitution: string;
}

export interface SchoolEnrollment {
  school: School;
  entryDate: string;
  entryGradeLevel: GradeLevel;
  exitWithdrawDate: string | null;
  schoolYear: number;
  provenance: Provenance;
}

export interface AttendanceEvent {
  schoolId: string;
  eventDate: string;
  category: AttendanceCategory;
}

export interface SpecialEducationProgram {
  programName: string;
  beginDate: string;
  endDate: string | null;
  iepBeginDate: string | null;
  iepEndDate: string | null;
  iepReviewDate: string | null;
  disabilities: Disability[];
  provenance: Provenance;
}

/** Also pages its records' identifying fields for record linkage (`port/demographics.ts`). */
export interface SchoolsAdapter extends AdapterBase, DemographicsReader {
  studentsByIds(localIds: readonly string[]): Promise<BatchResult<Student>>;
  /** School associations per student, newest entry first. */
  enrollmentsByStudentIds(localIds: readonly string[]): Promise<BatchResult<SchoolEnrollment[]>>;
  /**
   * Attendance events (absences, tardies and the like; days without an event count as present)
   * per student for the current school year, oldest first.
   */
  attendanceEventsByStudentIds(localIds: readonly string[]): Promise<BatchResult<AttendanceEvent[]>>;
  /** Special education program associations per student, newest first. */
  specialEducationByStudentIds(localIds: readonly string[]): Promise<BatchResult<SpecialEducationProgram[]>>;
}
