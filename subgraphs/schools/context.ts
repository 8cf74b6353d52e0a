import { createPortLoader } from '../../adapters/port/port-loader.js';
import type { SchoolsAdapter } from '../../adapters/schools/port.js';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import type { ConsentStore } from '../shared/consent/consent-store.js';
import type { OwnerPolicy } from '../shared/policy/owner-policy.js';
import { type Clock, localDateOf, systemClock } from './clock.js';

export interface SchoolsContext {
  /** This agency's system id, as it appears in identity links. */
  system: string;
  /** Every read goes through `loaders`: one adapter call per port method per query-plan level. */
  loaders: ReturnType<typeof createSchoolsLoaders>;
  /** Today's date (yyyy-mm-dd), read once per request so every field agrees on it. */
  today: string;
  /** The district's access policy, enforced before any education record leaves. */
  policy: OwnerPolicy;
  /** The district's FERPA consent registry, for its staff's consent operations. */
  consents: ConsentStore;
}

export function createSchoolsContext(
  adapter: SchoolsAdapter,
  policy: OwnerPolicy,
  consents: ConsentStore,
  clock: Clock = systemClock,
): SchoolsContext {
  return { system: AGENCY_SYSTEMS.schools, policy, consents, loaders: createSchoolsLoaders(adapter), today: todayFor(adapter, clock) };
}

/** Fresh loaders per request: each port method is called once per query-plan level. */
function createSchoolsLoaders(adapter: SchoolsAdapter) {
  const maxBatchSize = adapter.capabilities.maxBatchSize;
  const loader = <T>(name: string, method: (ids: readonly string[]) => Promise<Array<T | null | Error>>) =>
    createPortLoader(method, { name: `schools.${name}`, maxBatchSize });
  return {
    student: loader('studentsByIds', (ids) => adapter.studentsByIds(ids)),
    enrollments: loader('enrollmentsByStudentIds', (ids) => adapter.enrollmentsByStudentIds(ids)),
    attendance: loader('attendanceEventsByStudentIds', (ids) => adapter.attendanceEventsByStudentIds(ids)),
    specialEducation: loader('specialEducationByStudentIds', (ids) => adapter.specialEducationByStudentIds(ids)),
  };
}

/** Today by the clock, but never later than the date a snapshot's data reflects. */
function todayFor(adapter: SchoolsAdapter, clock: Clock): string {
  const today = localDateOf(clock());
  const asOf = adapter.capabilities.asOf;
  return asOf && asOf < today ? asOf : today;
}
