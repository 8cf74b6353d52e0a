/**
 * Rows (keyed by port field, see `selectFields`) to port records. Descriptors go through the
 * mapping's code maps, so a descriptor the district added without mapping it fails its own key
 * with an `UnmappedCodeError` instead of leaking a raw URI to the hub.
 */
import { withDataQuality } from '../../sql/data-quality-columns.js';
import { decode } from '../../sql/mapping.js';
import type { Row } from '../../sql/owned-lists.js';
import { integer, isoDate, isoDateTime, optionalText, requiredDate, text } from '../../sql/values.js';
import type { AttendanceEvent, SchoolEnrollment, SpecialEducationProgram, Student } from '../port.js';
import type { SchoolsMapping } from './mapping.js';

type Codes = SchoolsMapping['codes'];

export const STUDENT_FIELDS = ['localId', 'firstName', 'middleName', 'lastSurname', 'birthDate', 'lastUpdated'] as const;
export const ENROLLMENT_FIELDS = ['studentId', 'schoolId', 'entryDate', 'entryGradeLevel', 'exitWithdrawDate', 'schoolYear', 'lastUpdated'] as const;
export const ATTENDANCE_FIELDS = ['studentId', 'schoolId', 'eventDate', 'category'] as const;
export const PROGRAM_FIELDS = ['studentId', 'programName', 'beginDate', 'endDate', 'iepBeginDate', 'iepEndDate', 'iepReviewDate', 'lastUpdated'] as const;

export function toStudent(row: Row, sourceSystem: string): Student {
  return {
    localId: text(row.localId),
    firstName: text(row.firstName),
    middleName: optionalText(row.middleName),
    lastSurname: text(row.lastSurname),
    birthDate: isoDate(row.birthDate),
    provenance: withDataQuality({ sourceSystem, lastUpdated: isoDateTime(row.lastUpdated) }, row),
  };
}

export function toEnrollment(row: Row, codes: Codes, sourceSystem: string): SchoolEnrollment {
  return {
    school: { schoolId: text(row.schoolId), nameOfInstitution: text(row.nameOfInstitution) },
    entryDate: requiredDate(row.entryDate),
    entryGradeLevel: decode('gradeLevel', codes.gradeLevel, row.entryGradeLevel),
    exitWithdrawDate: isoDate(row.exitWithdrawDate),
    schoolYear: integer(row.schoolYear),
    provenance: { sourceSystem, lastUpdated: isoDateTime(row.lastUpdated) },
  };
}

export function toAttendanceEvent(row: Row, codes: Codes): AttendanceEvent {
  return {
    schoolId: text(row.schoolId),
    eventDate: requiredDate(row.eventDate),
    category: decode('attendanceCategory', codes.attendanceCategory, row.category),
  };
}

/** A program association from its rows (one per disability, or one with a NULL disability for none). */
export function toProgram(rows: Row[], codes: Codes, sourceSystem: string): SpecialEducationProgram {
  const [row] = rows;
  return {
    programName: text(row.programName),
    beginDate: requiredDate(row.beginDate),
    endDate: isoDate(row.endDate),
    iepBeginDate: isoDate(row.iepBeginDate),
    iepEndDate: isoDate(row.iepEndDate),
    iepReviewDate: isoDate(row.iepReviewDate),
    disabilities: rows
      .filter((r) => r.disability !== null && r.disability !== undefined)
      .map((r) => decode('disability', codes.disability, r.disability)),
    provenance: { sourceSystem, lastUpdated: isoDateTime(row.lastUpdated) },
  };
}
