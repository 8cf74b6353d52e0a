/**
 * Schools on a district's MariaDB/MySQL SIS database, in Ed-Fi v5 shapes. Each batch method is
 * ONE statement: `student LEFT JOIN <rows> WHERE student IN (...)`, so known students with no
 * rows answer `[]` and unknown ones `null`. Kysely builds every query from the mapping; only the
 * connection names MariaDB.
 */
import { AGENCY_SYSTEMS } from '../../port/agency-systems.js';
import { attempt, runBatch } from '../../sql/batch.js';
import { onceClose } from '../../sql/closer.js';
import { sqlHealth } from '../../sql/health.js';
import { selectDataQuality } from '../../sql/data-quality-columns.js';
import { pickDemographicColumns, sqlDemographicsSource } from '../../sql/demographics-source.js';
import { column, selectFields } from '../../sql/mapping.js';
import { createMysqlKysely, type MysqlConnectionOptions } from '../../sql/mysql-connection.js';
import { groupBy, listsByOwner, OWNER, type Row } from '../../sql/owned-lists.js';
import type { SqlDb } from '../../sql/sql-db.js';
import type { SqlFlavor } from '../../sql/sql-flavor.js';
import type { SchoolsAdapter, Student } from '../port.js';
import { defaultSchoolsMapping, type SchoolsMapping } from './mapping.js';
import {
  ATTENDANCE_FIELDS,
  ENROLLMENT_FIELDS,
  PROGRAM_FIELDS,
  STUDENT_FIELDS,
  toAttendanceEvent,
  toEnrollment,
  toProgram,
  toStudent,
} from './records.js';

export interface SqlSchoolsOptions {
  /** Tables, columns and descriptor maps; default: the schema of migrations/. */
  mapping?: SchoolsMapping;
  /** The id of the system in provenance and identity links. Default `schools`. */
  sourceSystem?: string;
  /** Largest batch one call accepts. Default 1000. */
  maxBatchSize?: number;
}

export interface MariadbSchoolsOptions extends MysqlConnectionOptions, SqlSchoolsOptions {}

export function createMariadbSchoolsAdapter(options: MariadbSchoolsOptions): SchoolsAdapter {
  return createSqlSchoolsAdapter(createMysqlKysely(options), 'mysql', options);
}

/** The adapter over any Kysely the flavor names; it owns `db` and destroys it on `close()`. */
export function createSqlSchoolsAdapter(db: SqlDb, flavor: SqlFlavor, options: SqlSchoolsOptions = {}): SchoolsAdapter {
  const m = options.mapping ?? defaultSchoolsMapping;
  const sourceSystem = options.sourceSystem ?? AGENCY_SYSTEMS.schools;
  const studentKey = column('s', m.student, 'localId');
  const present = (row: Row) => row.studentId !== null && row.studentId !== undefined;

  /** `student s` with the owner column, restricted to the batch's ids. */
  const students = (ids: string[]) =>
    db.selectFrom(`${m.student.table} as s`).select(`${studentKey} as ${OWNER}`).where(studentKey, 'in', ids);

  return {
    capabilities: { sourceSystem, freshness: 'live', maxBatchSize: options.maxBatchSize ?? 1000 },
    health: () => sqlHealth(db, `schools database (${flavor})`),
    close: onceClose(db),

    studentsByIds: (keys) =>
      runBatch<Student>(keys, async (ids) => {
        const rows = await db
          .selectFrom(`${m.student.table} as s`)
          .select([...selectFields('s', m.student, STUDENT_FIELDS), ...selectDataQuality('s', m.student)])
          .where(studentKey, 'in', ids)
          .execute();
        return new Map(rows.map((row) => [String(row.localId), attempt(() => toStudent(row, sourceSystem))]));
      }),

    // Record linkage reads the student table page by page (sql/demographics-source.ts); sex only
    // where the district maps a sex column (Ed-Fi keeps it on the student; the default schema not).
    demographics: () =>
      sqlDemographicsSource({
        db, flavor, system: sourceSystem, table: m.student.table, sexCodes: m.codes.sex,
        columns: pickDemographicColumns(m.student.columns, 'lastSurname'),
      }),

    // Newest entry first, as the port promises.
    enrollmentsByStudentIds: (keys) =>
      runBatch(keys, async (ids) => {
        const rows = await students(ids)
          .leftJoin(`${m.enrollment.table} as e`, column('e', m.enrollment, 'studentId'), studentKey)
          .leftJoin(`${m.school.table} as sc`, column('sc', m.school, 'schoolId'), column('e', m.enrollment, 'schoolId'))
          .select([...selectFields('e', m.enrollment, ENROLLMENT_FIELDS), ...selectFields('sc', m.school, ['nameOfInstitution'])])
          .orderBy(column('e', m.enrollment, 'entryDate'), 'desc')
          .execute();
        return listsByOwner(rows, present, (own) => own.map((row) => toEnrollment(row, m.codes, sourceSystem)));
      }),

    // Oldest first. The dataset is the source's current school year (see the port's comment).
    attendanceEventsByStudentIds: (keys) =>
      runBatch(keys, async (ids) => {
        const rows = await students(ids)
          .leftJoin(`${m.attendance.table} as a`, column('a', m.attendance, 'studentId'), studentKey)
          .select(selectFields('a', m.attendance, ATTENDANCE_FIELDS))
          .orderBy(column('a', m.attendance, 'eventDate'))
          .execute();
        return listsByOwner(rows, present, (own) => own.map((row) => toAttendanceEvent(row, m.codes)));
      }),

    // Newest first; a program's disabilities come as one row each and are folded back together.
    specialEducationByStudentIds: (keys) =>
      runBatch(keys, async (ids) => {
        const [p, d] = [m.specialEducation, m.disability];
        const rows = await students(ids)
          .leftJoin(`${p.table} as p`, column('p', p, 'studentId'), studentKey)
          .leftJoin(`${d.table} as d`, (join) =>
            join
              .onRef(column('d', d, 'studentId'), '=', column('p', p, 'studentId'))
              .onRef(column('d', d, 'programName'), '=', column('p', p, 'programName'))
              .onRef(column('d', d, 'beginDate'), '=', column('p', p, 'beginDate')),
          )
          .select([...selectFields('p', p, PROGRAM_FIELDS), ...selectFields('d', d, ['disability'])])
          .orderBy(column('p', p, 'beginDate'), 'desc')
          .execute();
        return listsByOwner(rows, present, (own) =>
          groupBy(own, (row) => `${String(row.programName)}\u0000${String(row.beginDate)}`).map((program) =>
            toProgram(program, m.codes, sourceSystem),
          ),
        );
      }),
  };
}
