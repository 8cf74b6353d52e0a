/**
 * Seed a district SIS database from a `SchoolsDataset` (the conformance kit's fixture or the
 * synthetic generator): port values are written as Ed-Fi descriptor URIs through the mapping,
 * so the adapter reads them back only by decoding. Replaces what is there.
 */
import { deleteAll, insertRows } from '../../sql/insert.js';
import { dataQualityValues } from '../../sql/data-quality-columns.js';
import { encode, toColumns } from '../../sql/mapping.js';
import type { SqlDb } from '../../sql/sql-db.js';
import type { SchoolsDataset } from '../../synthetic/population.js';
import { defaultSchoolsMapping, type SchoolsMapping } from './mapping.js';

export async function seedSchools(db: SqlDb, data: SchoolsDataset, mapping: SchoolsMapping = defaultSchoolsMapping): Promise<void> {
  const m = mapping;
  const code = m.codes;
  const schools = new Map(data.enrollments.map((e) => [e.school.schoolId, e.school]));
  const rows: Array<[string, Record<string, unknown>[]]> = [
    [m.student.table, data.students.map((s) => toColumns(m.student, {
      localId: s.localId, firstName: s.firstName, middleName: s.middleName, lastSurname: s.lastSurname,
      birthDate: s.birthDate, lastUpdated: new Date(s.provenance.lastUpdated), ...dataQualityValues(s.provenance),
      // The dataset holds no sex, suffix, SSN or ZIP: a mapping that names those columns gets NULLs.
      sex: null, suffix: null, ssn: null, zip: null,
    }))],
    [m.school.table, [...schools.values()].map((s) => toColumns(m.school, s))],
    [m.enrollment.table, data.enrollments.map((e) => toColumns(m.enrollment, {
      studentId: e.studentId, schoolId: e.school.schoolId, entryDate: e.entryDate,
      entryGradeLevel: encode('gradeLevel', code.gradeLevel, e.entryGradeLevel),
      exitWithdrawDate: e.exitWithdrawDate, schoolYear: e.schoolYear, lastUpdated: new Date(e.provenance.lastUpdated),
    }))],
    [m.attendance.table, data.attendanceEvents.map((a) => toColumns(m.attendance, {
      studentId: a.studentId, schoolId: a.schoolId, eventDate: a.eventDate,
      category: encode('attendanceCategory', code.attendanceCategory, a.category),
    }))],
    [m.specialEducation.table, data.specialEducation.map((p) => toColumns(m.specialEducation, {
      studentId: p.studentId, programName: p.programName, beginDate: p.beginDate, endDate: p.endDate,
      iepBeginDate: p.iepBeginDate, iepEndDate: p.iepEndDate, iepReviewDate: p.iepReviewDate,
      lastUpdated: new Date(p.provenance.lastUpdated),
    }))],
    [m.disability.table, data.specialEducation.flatMap((p) => p.disabilities.map((d) => toColumns(m.disability, {
      studentId: p.studentId, programName: p.programName, beginDate: p.beginDate,
      disability: encode('disability', code.disability, d),
    })))],
  ];
  await db.transaction().execute(async (tx) => {
    await deleteAll(tx, rows.map(([table]) => table).reverse());
    for (const [table, values] of rows) await insertRows(tx, table, values);
  });
}
