import { describe, expect, it } from 'vitest';
import { personRepresentation, resolveEntities, type Link } from '../shared/testing/entities.js';
import type { Provenance } from '../../adapters/port/provenance.js';
import { createEmbeddedSchoolsAdapter } from '../../adapters/schools/embedded.js';
import { AGENCY_SYSTEMS, type SchoolsDataset } from '../../adapters/synthetic/population.js';
import { openConsentStore } from '../shared/consent/open-consent-store.js';
import { createSchoolsSubgraph } from './index.js';

const SYSTEM = AGENCY_SYSTEMS.schools;
const provenance: Provenance = { sourceSystem: SYSTEM, lastUpdated: '2025-01-02T03:04:05.000Z' };
const clock = () => new Date(2025, 2, 10, 12); // Monday 2025-03-10, local time

type Enrollment = SchoolsDataset['enrollments'][number];
type Program = SchoolsDataset['specialEducation'][number];

const cedar = { schoolId: '102', nameOfInstitution: 'Cedar Elementary' };
const maple = { schoolId: '101', nameOfInstitution: 'Maple Elementary' };

function enrollment(school: Enrollment['school'], entryDate: string, more: Partial<Enrollment>): Enrollment {
  const rest = { entryGradeLevel: 'Fifth grade', exitWithdrawDate: null, schoolYear: 2025 } as const;
  return { studentId: 'ST-1', school, entryDate, ...rest, provenance, ...more };
}

function program(studentId: string, beginDate: string, more: Partial<Program>): Program {
  const dates = { endDate: null, iepBeginDate: null, iepEndDate: null, iepReviewDate: null };
  return { studentId, programName: 'Special Education', beginDate, ...dates, disabilities: [], provenance, ...more };
}

const absence = (eventDate: string, category: SchoolsDataset['attendanceEvents'][number]['category']) => ({
  studentId: 'ST-1',
  schoolId: '102',
  eventDate,
  category,
});

const dataset: SchoolsDataset = {
  students: [
    { localId: 'ST-1', firstName: 'José', middleName: 'Ōta', lastSurname: 'Muñoz', birthDate: '2014-05-06', provenance },
    { localId: 'ST-2', firstName: 'Li', middleName: null, lastSurname: 'Wei', birthDate: null, provenance },
  ],
  enrollments: [
    enrollment(maple, '2023-08-23', {
      entryGradeLevel: 'Fourth grade',
      exitWithdrawDate: '2024-06-05',
      schoolYear: 2024,
    }),
    enrollment(cedar, '2024-08-21', {}),
  ],
  attendanceEvents: [
    absence('2025-03-03', 'Excused Absence'),
    absence('2025-03-04', 'Tardy'),
    absence('2025-03-05', 'Unexcused Absence'),
    absence('2025-03-10', 'Unexcused Absence'), // today: not counted by default
  ],
  specialEducation: [
    program('ST-1', '2023-09-01', {
      iepBeginDate: '2023-09-15',
      iepEndDate: '2024-09-14', // lapsed: overdue for renewal, still served under it
      iepReviewDate: '2024-09-01',
      disabilities: ['Specific Learning Disability', 'Speech or Language Impairment'],
    }),
    program('ST-1', '2019-01-01', {
      programName: 'Early Intervention',
      endDate: '2020-06-30',
      iepBeginDate: '2019-01-15',
      disabilities: ['Other Health Impairment'],
    }),
    program('ST-2', '2024-10-01', { disabilities: ['Autism Spectrum Disorders'] }), // no IEP yet
  ],
};

const QUERY = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Person {
        id
        education {
          localId firstName middleName lastSurname birthDate provenance { sourceSystem }
          enrollments { school { schoolId name } entryDate gradeLevel exitWithdrawDate schoolYear }
          currentEnrollment { school { name } gradeLevel }
          week: attendance(from: "2025-03-03", to: "2025-03-07") {
            periodStart periodEnd instructionalDays daysAbsent tardies rate chronicallyAbsent
            events { date category schoolId }
          }
          schoolYear: attendance { periodStart periodEnd instructionalDays daysAbsent rate chronicallyAbsent }
          specialEducation { programName disabilities iepReviewDate }
          activeIep { programName iepBeginDate }
          hasActiveIep
        }
      }
    }
  }
`;

async function entities(representations: unknown[]) {
  return resolveEntities<{ id: string; education: any }>(await createSchoolsSubgraph(createEmbeddedSchoolsAdapter(dataset), { clock, consents: openConsentStore({ owner: 'schools' }) }), QUERY, representations);
}

const person = (id: string, links?: Link[]) => personRepresentation(SYSTEM, id, links);

describe('schools subgraph', () => {
  it('resolves Person.education with Ed-Fi enrollments mapped to GraphQL enums', async () => {
    const [{ education }] = await entities([person('P-1', [{ system: SYSTEM, localId: 'ST-1' }])]);
    expect(education).toMatchObject({
      localId: 'ST-1',
      firstName: 'José',
      middleName: 'Ōta',
      lastSurname: 'Muñoz',
      birthDate: '2014-05-06',
    });
    expect(education.provenance).toEqual({ sourceSystem: SYSTEM });
    expect(education.enrollments).toEqual([
      {
        school: { schoolId: '102', name: 'Cedar Elementary' },
        entryDate: '2024-08-21',
        gradeLevel: 'FIFTH_GRADE',
        exitWithdrawDate: null,
        schoolYear: 2025,
      },
      {
        school: { schoolId: '101', name: 'Maple Elementary' },
        entryDate: '2023-08-23',
        gradeLevel: 'FOURTH_GRADE',
        exitWithdrawDate: '2024-06-05',
        schoolYear: 2024,
      },
    ]);
    expect(education.currentEnrollment).toEqual({ school: { name: 'Cedar Elementary' }, gradeLevel: 'FIFTH_GRADE' });
  });

  it('summarizes attendance over a given week and, by default, over this school year so far', async () => {
    const [{ education }] = await entities([person('P-1', [{ system: SYSTEM, localId: 'ST-1' }])]);
    expect(education.week).toEqual({
      periodStart: '2025-03-03',
      periodEnd: '2025-03-07',
      instructionalDays: 5,
      daysAbsent: 2,
      tardies: 1,
      rate: 0.6,
      chronicallyAbsent: true,
      events: [
        { date: '2025-03-03', category: 'EXCUSED_ABSENCE', schoolId: '102' },
        { date: '2025-03-04', category: 'TARDY', schoolId: '102' },
        { date: '2025-03-05', category: 'UNEXCUSED_ABSENCE', schoolId: '102' },
      ],
    });
    // From this year's entry date (Wed 2024-08-21) through yesterday: 143 weekdays, 2 absent.
    expect(education.schoolYear).toEqual({
      periodStart: '2024-08-21',
      periodEnd: '2025-03-09',
      instructionalDays: 143,
      daysAbsent: 2,
      rate: 0.986,
      chronicallyAbsent: false,
    });
  });

  it('finds the active IEP against the injected clock', async () => {
    const [p1, p2] = await entities([
      person('P-1', [{ system: SYSTEM, localId: 'ST-1' }]),
      person('P-2', [{ system: SYSTEM, localId: 'ST-2' }]),
    ]);
    expect(p1.education.specialEducation[0]).toEqual({
      programName: 'Special Education',
      disabilities: ['SPECIFIC_LEARNING_DISABILITY', 'SPEECH_OR_LANGUAGE_IMPAIRMENT'],
      iepReviewDate: '2024-09-01',
    });
    expect(p1.education.activeIep).toEqual({ programName: 'Special Education', iepBeginDate: '2023-09-15' });
    expect(p1.education.hasActiveIep).toBe(true);
    // In a program but with no IEP begin date; no enrollments, so no attendance rate either.
    expect(p2.education).toMatchObject({
      activeIep: null,
      hasActiveIep: false,
      currentEnrollment: null,
      enrollments: [],
    });
    expect(p2.education.schoolYear).toMatchObject({ instructionalDays: 0, rate: null, chronicallyAbsent: false });
  });

  it('is null for a person with no link to this system, an unknown local id, or no links at all', async () => {
    const results = await entities([
      person('P-3', [{ system: AGENCY_SYSTEMS.behavioralHealth, localId: 'BH-1' }]),
      person('P-4', [{ system: SYSTEM, localId: 'ST-404' }]),
      person('P-5'),
    ]);
    expect(results).toEqual([
      { id: 'P-3', education: null },
      { id: 'P-4', education: null },
      { id: 'P-5', education: null },
    ]);
  });
});
