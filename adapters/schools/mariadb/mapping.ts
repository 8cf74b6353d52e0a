/**
 * Where the schools port's fields live in a district's SIS database, and what its descriptors
 * mean. `defaultSchoolsMapping` matches migrations/ (Ed-Fi v5 shapes, descriptors stored as
 * `uri://ed-fi.org/<Name>Descriptor#<CodeValue>` URIs); a district whose tables or descriptor
 * namespace differ supplies its own (issue 4: mapping by configuration).
 */
import type { DataQualityColumns } from '../../sql/data-quality-columns.js';
import type { DemographicColumns } from '../../sql/demographic-columns.js';
import type { DemographicSex } from '../../port/demographics.js';
import type { CodeMap, TableMap } from '../../sql/mapping.js';
import type { AttendanceCategory, Disability, GradeLevel } from '../port.js';

export interface SchoolsMapping {
  /**
   * May also name the optional `nameDataQuality` / `birthDateDataQuality` columns
   * (sql/data-quality-columns.ts) and, for record linkage, `suffix` / `ssn` / `zip`
   * (sql/demographic-columns.ts) and `sex` (decoded through `codes.sex`).
   */
  student: TableMap<'localId' | 'firstName' | 'middleName' | 'lastSurname' | 'birthDate' | 'lastUpdated'> &
    DataQualityColumns & DemographicColumns & { columns: Readonly<{ sex?: string }> };
  school: TableMap<'schoolId' | 'nameOfInstitution'>;
  enrollment: TableMap<
    'studentId' | 'schoolId' | 'entryDate' | 'entryGradeLevel' | 'exitWithdrawDate' | 'schoolYear' | 'lastUpdated'
  >;
  attendance: TableMap<'studentId' | 'schoolId' | 'eventDate' | 'category'>;
  specialEducation: TableMap<
    'studentId' | 'programName' | 'beginDate' | 'endDate' | 'iepBeginDate' | 'iepEndDate' | 'iepReviewDate' | 'lastUpdated'
  >;
  /** One row per disability of a program association, keyed like it (student, program, begin date). */
  disability: TableMap<'studentId' | 'programName' | 'beginDate' | 'disability'>;
  codes: {
    gradeLevel: CodeMap<GradeLevel>;
    attendanceCategory: CodeMap<AttendanceCategory>;
    disability: CodeMap<Disability>;
    /** Read only when `student.columns.sex` is mapped (the default schema has no sex column). */
    sex: CodeMap<DemographicSex>;
  };
}

const ED_FI = 'uri://ed-fi.org';

/** An Ed-Fi descriptor code map: `uri://ed-fi.org/<Name>Descriptor#<value>` → value, for each value. */
export function descriptorCodes<T extends string>(descriptor: string, values: readonly T[], namespace = ED_FI): CodeMap<T> {
  return Object.fromEntries(values.map((value) => [`${namespace}/${descriptor}#${value}`, value]));
}

/** Ed-Fi GradeLevelDescriptor values the port uses (Ed-Fi v5.2 `Descriptors/GradeLevelDescriptor.xml`). */
const GRADE_LEVELS: readonly GradeLevel[] = [
  'Preschool', 'Prekindergarten', 'Kindergarten', 'First grade', 'Second grade', 'Third grade', 'Fourth grade',
  'Fifth grade', 'Sixth grade', 'Seventh grade', 'Eighth grade', 'Ninth grade', 'Tenth grade', 'Eleventh grade',
  'Twelfth grade', 'Ungraded',
];

/** Ed-Fi AttendanceEventCategoryDescriptor default set. */
const ATTENDANCE_CATEGORIES: readonly AttendanceCategory[] = [
  'In Attendance', 'Present', 'Excused Absence', 'Unexcused Absence', 'Tardy', 'Early departure', 'Partial',
];

/** Ed-Fi DisabilityDescriptor values the port uses. */
const DISABILITIES: readonly Disability[] = [
  'Autism Spectrum Disorders', 'Intellectual Disability', 'Other Health Impairment', 'Serious Emotional Disability',
  'Speech or Language Impairment', 'Specific Learning Disability', 'Multiple Disabilities',
];

export const defaultSchoolsMapping: SchoolsMapping = {
  student: {
    table: 'student',
    columns: {
      localId: 'student_unique_id',
      firstName: 'first_name',
      middleName: 'middle_name',
      lastSurname: 'last_surname',
      birthDate: 'birth_date',
      lastUpdated: 'last_modified',
    },
  },
  school: { table: 'school', columns: { schoolId: 'school_id', nameOfInstitution: 'name_of_institution' } },
  enrollment: {
    table: 'student_school_association',
    columns: {
      studentId: 'student_unique_id',
      schoolId: 'school_id',
      entryDate: 'entry_date',
      entryGradeLevel: 'entry_grade_level_descriptor',
      exitWithdrawDate: 'exit_withdraw_date',
      schoolYear: 'school_year',
      lastUpdated: 'last_modified',
    },
  },
  attendance: {
    table: 'student_school_attendance_event',
    columns: {
      studentId: 'student_unique_id',
      schoolId: 'school_id',
      eventDate: 'event_date',
      category: 'attendance_event_category_descriptor',
    },
  },
  specialEducation: {
    table: 'student_special_education_program_association',
    columns: {
      studentId: 'student_unique_id',
      programName: 'program_name',
      beginDate: 'begin_date',
      endDate: 'end_date',
      iepBeginDate: 'iep_begin_date',
      iepEndDate: 'iep_end_date',
      iepReviewDate: 'iep_review_date',
      lastUpdated: 'last_modified',
    },
  },
  disability: {
    table: 'student_special_education_program_association_disability',
    columns: {
      studentId: 'student_unique_id',
      programName: 'program_name',
      beginDate: 'begin_date',
      disability: 'disability_descriptor',
    },
  },
  codes: {
    gradeLevel: descriptorCodes('GradeLevelDescriptor', GRADE_LEVELS),
    attendanceCategory: descriptorCodes('AttendanceEventCategoryDescriptor', ATTENDANCE_CATEGORIES),
    disability: descriptorCodes('DisabilityDescriptor', DISABILITIES),
    // Ed-Fi SexDescriptor (v5): Female, Male, Not Selected.
    sex: {
      [`${ED_FI}/SexDescriptor#Female`]: 'FEMALE',
      [`${ED_FI}/SexDescriptor#Male`]: 'MALE',
      [`${ED_FI}/SexDescriptor#Not Selected`]: 'UNKNOWN',
    },
  },
};
