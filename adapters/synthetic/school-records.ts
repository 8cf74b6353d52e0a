/**
 * The schools' slice in Ed-Fi shapes: Students (nine-digit studentUniqueId), school
 * associations for the current school year (grade level from age; siblings at the same school;
 * a few mid-year transfers, more for children in care) and last year, attendance events, and
 * special education program associations for about one student in seven.
 */
import type { SchoolEnrollment, Student } from '../schools/port.js';
import type { PersonLink, SchoolsDataset, TruePerson } from './population.js';
import { AGENCY_SYSTEMS } from './population.js';
import type { Rng } from './prng.js';
import { type Day, formatDay } from './dates.js';
import { ScrambledNumbers } from './ids.js';
import { VARIATION_PROFILES, recordIdentity } from './corrupt.js';
import { CW_IN_CARE, CW_NONE } from './involvement.js';
import { type BuildContext, DUPLICATE_RATE, LinkSink, provenance } from './record-kit.js';
import { type CatalogSchool, gradeLevel, schoolsFor } from './school-catalog.js';
import type { County } from './counties.js';
import type { SchoolYear } from './school-calendar.js';
import { attendanceEvents, attendanceRate } from './attendance.js';
import { specialEducation } from './special-education.js';

const SYSTEM = AGENCY_SYSTEMS.schools;

interface Stint {
  school: CatalogSchool;
  grade: number;
  year: SchoolYear;
  entry: Day;
  exit: Day | null;
}

function schoolFor(grade: number, county: County, homeIndex: number, rng: Rng, elsewhere = false): CatalogSchool {
  const local = schoolsFor(grade, county);
  if (!elsewhere) return local[homeIndex % local.length];
  const others = schoolsFor(grade, null).filter((s) => s.county !== county);
  return rng.pick(others.length > 0 ? others : local);
}

export function buildSchools(ctx: BuildContext): { dataset: SchoolsDataset; links: PersonLink[] } {
  const { rng, ref, community, inv, calendar } = ctx;
  const sink = new LinkSink(SYSTEM, rng, ref);
  const studentIds = new ScrambledNumbers(rng, 900_000_000, 100_000_000);
  const data: SchoolsDataset = { students: [], enrollments: [], attendanceEvents: [], specialEducation: [] };
  const days = calendar.daysSoFar;

  community.people.forEach((person, i) => {
    if (!inv.school[i]) return;
    const homeIndex = inv.homeOf[i];
    const county = community.homes[homeIndex].county;
    const inCare = inv.cw[i] === CW_IN_CARE;
    let grade = Math.min(12, inv.schoolAge[i] - 5);
    if (grade >= 1 && rng.chance(inv.cw[i] !== CW_NONE ? 0.1 : 0.04)) grade--;

    const stints: Stint[] = [];
    const { current, previous } = calendar;
    if (grade >= -1 && rng.chance(0.75)) {
      const last = schoolFor(grade - 1, county, homeIndex, rng, rng.chance(0.08));
      stints.push({ school: last, grade: grade - 1, year: previous, entry: previous.firstDay, exit: previous.lastDay });
    }
    const here = schoolFor(grade, county, homeIndex, rng);
    const moves = days.length >= 20 && rng.chance(inCare ? 0.25 : 0.03);
    if (moves) {
      const transfer = days[rng.int(5, days.length - 5)];
      stints.push({ school: here, grade, year: current, entry: current.firstDay, exit: transfer - 1 });
      stints.push({ school: schoolFor(grade, county, homeIndex, rng, true), grade, year: current, entry: transfer, exit: null });
    } else {
      stints.push({ school: here, grade, year: current, entry: current.firstDay, exit: null });
    }

    const localId = String(studentIds.next());
    const created = stints[0].entry;
    data.students.push(studentRecord(rng, person, localId, created, ref));
    sink.add(person.personId, localId, created);
    if (rng.chance(DUPLICATE_RATE)) {
      const dupId = String(studentIds.next());
      data.students.push(studentRecord(rng, person, dupId, created, ref, true));
      sink.add(person.personId, dupId, created);
    }

    const rate = attendanceRate(rng, inv.chronicAbsence[i] === 1);
    for (const s of stints) {
      data.enrollments.push({ studentId: localId, ...enrollment(rng, s, ref) });
      if (s.year === current) {
        attendanceEvents(rng, localId, s.school.school.schoolId, days, s.entry, s.exit, rate, data.attendanceEvents);
      }
    }
    if (inv.iep[i] || rng.chance(0.015)) {
      const program = specialEducation(rng, person.birthDate, grade, inCare, ref, !inv.iep[i]);
      data.specialEducation.push({ studentId: localId, ...program });
    }
  });
  return { dataset: data, links: sink.links };
}

function enrollment(rng: Rng, s: Stint, ref: Day): SchoolEnrollment {
  return {
    school: { ...s.school.school },
    entryDate: formatDay(s.entry),
    entryGradeLevel: gradeLevel(s.grade),
    exitWithdrawDate: s.exit === null ? null : formatDay(s.exit),
    schoolYear: s.year.schoolYear,
    provenance: provenance(SYSTEM, rng, s.exit ?? s.entry, s.exit === null ? ref : Math.min(ref, s.exit + 20)),
  };
}

function studentRecord(rng: Rng, person: TruePerson, localId: string, created: Day, ref: Day, duplicate = false): Student {
  const profile = duplicate ? { ...VARIATION_PROFILES.schools, typo: 0.5, nickname: 0.3 } : VARIATION_PROFILES.schools;
  const named = recordIdentity(rng, person, profile);
  return {
    localId,
    firstName: named.firstName,
    middleName: named.middleName,
    lastSurname: named.lastName,
    birthDate: named.birthDate,
    provenance: provenance(SYSTEM, rng, created, ref),
  };
}
