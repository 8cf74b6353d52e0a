/** Schools served from generated synthetic data shaped like an Ed-Fi ODS. */
import type { SchoolsDataset } from '../synthetic/population.js';
import { AGENCY_SYSTEMS } from '../port/agency-systems.js';
import {
  answerFromIndex,
  answerGroups,
  embeddedHealth,
  groupByOwner,
  indexBy,
  unwrapGroups,
  type EmbeddedOptions,
} from '../port/embedded-index.js';
import type { SchoolsAdapter } from './port.js';
import { schoolsDemographics } from '../synthetic/dataset-demographics.js';
import { arraySource } from '../synthetic/demographics.js';

export function createEmbeddedSchoolsAdapter(data: SchoolsDataset, options: EmbeddedOptions = {}): SchoolsAdapter {
  const students = indexBy(data.students, (s) => s.localId);
  const enrollments = groupByOwner(data.enrollments, 'studentId', (e) => e.entryDate);
  const specialEducation = groupByOwner(data.specialEducation, 'studentId', (p) => p.beginDate);
  const attendance = groupByOwner(data.attendanceEvents, 'studentId', (e) => e.eventDate);
  // The port promises attendance oldest first.
  for (const events of attendance.values()) events.reverse();

  return {
    capabilities: { sourceSystem: AGENCY_SYSTEMS.schools, freshness: 'snapshot', maxBatchSize: 1000, asOf: options.asOf },
    // Record linkage: the slice's own identifying fields (no SSN or ZIP: the slice does not carry them).
    demographics: () => arraySource(AGENCY_SYSTEMS.schools, schoolsDemographics(data)),
    health: () => embeddedHealth(data.students.length),
    studentsByIds: async (ids) => answerFromIndex(ids, students),
    enrollmentsByStudentIds: async (ids) => unwrapGroups(answerGroups(ids, students, enrollments)),
    attendanceEventsByStudentIds: async (ids) => unwrapGroups(answerGroups(ids, students, attendance)),
    specialEducationByStudentIds: async (ids) => unwrapGroups(answerGroups(ids, students, specialEducation)),
  };
}
