/**
 * Ed-Fi Data Standard v5 descriptor code values -> GraphQL enum values. Code values such as
 * `First grade` or `Excused Absence` are not valid GraphQL names, so each descriptor gets one
 * total map (the `satisfies` clause makes the compiler reject a map that misses a code value the
 * port can return) and the GraphQL value type is derived from it.
 */
import type { AttendanceCategory, Disability, GradeLevel } from '../../adapters/schools/port.js';

/** GradeLevelDescriptor. */
export const GRADE_LEVEL = {
  Preschool: 'PRESCHOOL',
  Prekindergarten: 'PREKINDERGARTEN',
  Kindergarten: 'KINDERGARTEN',
  'First grade': 'FIRST_GRADE',
  'Second grade': 'SECOND_GRADE',
  'Third grade': 'THIRD_GRADE',
  'Fourth grade': 'FOURTH_GRADE',
  'Fifth grade': 'FIFTH_GRADE',
  'Sixth grade': 'SIXTH_GRADE',
  'Seventh grade': 'SEVENTH_GRADE',
  'Eighth grade': 'EIGHTH_GRADE',
  'Ninth grade': 'NINTH_GRADE',
  'Tenth grade': 'TENTH_GRADE',
  'Eleventh grade': 'ELEVENTH_GRADE',
  'Twelfth grade': 'TWELFTH_GRADE',
  Ungraded: 'UNGRADED',
} as const satisfies Record<GradeLevel, string>;
export type GradeLevelValue = (typeof GRADE_LEVEL)[GradeLevel];

/** AttendanceEventCategoryDescriptor (the default set). */
export const ATTENDANCE_CATEGORY = {
  'In Attendance': 'IN_ATTENDANCE',
  Present: 'PRESENT',
  'Excused Absence': 'EXCUSED_ABSENCE',
  'Unexcused Absence': 'UNEXCUSED_ABSENCE',
  Tardy: 'TARDY',
  'Early departure': 'EARLY_DEPARTURE',
  Partial: 'PARTIAL',
} as const satisfies Record<AttendanceCategory, string>;
export type AttendanceCategoryValue = (typeof ATTENDANCE_CATEGORY)[AttendanceCategory];

/** DisabilityDescriptor (the subset the port defines). */
export const DISABILITY = {
  'Autism Spectrum Disorders': 'AUTISM_SPECTRUM_DISORDERS',
  'Intellectual Disability': 'INTELLECTUAL_DISABILITY',
  'Other Health Impairment': 'OTHER_HEALTH_IMPAIRMENT',
  'Serious Emotional Disability': 'SERIOUS_EMOTIONAL_DISABILITY',
  'Speech or Language Impairment': 'SPEECH_OR_LANGUAGE_IMPAIRMENT',
  'Specific Learning Disability': 'SPECIFIC_LEARNING_DISABILITY',
  'Multiple Disabilities': 'MULTIPLE_DISABILITIES',
} as const satisfies Record<Disability, string>;
export type DisabilityValue = (typeof DISABILITY)[Disability];
