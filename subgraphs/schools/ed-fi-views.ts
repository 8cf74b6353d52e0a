/**
 * Port records -> the shapes the schema serves: Ed-Fi descriptor code values become GraphQL enum
 * values through the total maps in ed-fi-codes.ts; the rest passes through.
 */
import type { AttendanceEvent, SchoolEnrollment, SpecialEducationProgram } from '../../adapters/schools/port.js';
import type { AttendanceEventType } from './attendance-types.js';
import { ATTENDANCE_CATEGORY, DISABILITY, GRADE_LEVEL } from './ed-fi-codes.js';
import type { SpecialEducationProgramType } from './special-education-type.js';
import type { SchoolEnrollmentType } from './types.js';

export function toSchoolEnrollment(enrollment: SchoolEnrollment): SchoolEnrollmentType {
  return {
    school: { schoolId: enrollment.school.schoolId, name: enrollment.school.nameOfInstitution },
    entryDate: enrollment.entryDate,
    gradeLevel: GRADE_LEVEL[enrollment.entryGradeLevel],
    exitWithdrawDate: enrollment.exitWithdrawDate,
    schoolYear: enrollment.schoolYear,
    provenance: enrollment.provenance,
  };
}

export function toAttendanceEvent(event: AttendanceEvent): AttendanceEventType {
  return { date: event.eventDate, category: ATTENDANCE_CATEGORY[event.category], schoolId: event.schoolId };
}

export function toSpecialEducationProgram(program: SpecialEducationProgram): SpecialEducationProgramType {
  return { ...program, disabilities: program.disabilities.map((d) => DISABILITY[d]) };
}
