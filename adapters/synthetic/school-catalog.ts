/**
 * The schools of the three districts and the Ed-Fi descriptor values the generator uses:
 * GradeLevelDescriptor and DisabilityDescriptor code values (Ed-Fi Data Standard v5.2). School
 * ids follow the Ed-Fi sample convention: the district's LEA id plus three digits.
 */
import type { Disability, GradeLevel, School } from '../schools/port.js';
import { COUNTIES, type County } from './counties.js';

/** Grade index: −2 Preschool, −1 Prekindergarten, 0 Kindergarten, 1–12 First … Twelfth grade. */
const GRADES: readonly GradeLevel[] = [
  'Preschool', 'Prekindergarten', 'Kindergarten', 'First grade', 'Second grade', 'Third grade',
  'Fourth grade', 'Fifth grade', 'Sixth grade', 'Seventh grade', 'Eighth grade', 'Ninth grade',
  'Tenth grade', 'Eleventh grade', 'Twelfth grade',
];

export function gradeLevel(grade: number): GradeLevel {
  return GRADES[grade + 2];
}

export interface CatalogSchool {
  school: School;
  county: County;
  lowGrade: number;
  highGrade: number;
}

const [ALDER, JUNIPER, REDWATER] = COUNTIES;

function school(county: County, n: number, name: string, lowGrade: number, highGrade: number): CatalogSchool {
  return { school: { schoolId: `${county.districtId}${String(n).padStart(3, '0')}`, nameOfInstitution: name }, county, lowGrade, highGrade };
}

export const SCHOOLS: readonly CatalogSchool[] = [
  school(ALDER, 1, 'Sequoia Elementary School', -2, 5),
  school(ALDER, 2, 'Rosa Parks Elementary School', -2, 5),
  school(ALDER, 10, 'Alder Middle School', 6, 8),
  school(ALDER, 20, 'Alder High School', 9, 12),
  school(JUNIPER, 1, 'Juniper Valley Elementary School', -2, 5),
  school(JUNIPER, 10, 'César Chávez Middle School', 6, 8),
  school(JUNIPER, 20, 'Juniper Valley High School', 9, 12),
  school(REDWATER, 1, 'Redwater Elementary School', -2, 6),
  school(REDWATER, 20, 'Redwater Junior-Senior High School', 7, 12),
];

/** The schools of a county that teach a grade (any county's when `county` is null). */
export function schoolsFor(grade: number, county: County | null): CatalogSchool[] {
  return SCHOOLS.filter((s) => (county === null || s.county === county) && grade >= s.lowGrade && grade <= s.highGrade);
}

/** IDEA primary disability shares, roughly as national child counts; SED far higher for children in care. */
export function disabilityWeights(grade: number, inCare: boolean): ReadonlyArray<readonly [Disability, number]> {
  if (grade < 0) return [['Speech or Language Impairment', 60], ['Autism Spectrum Disorders', 25], ['Other Health Impairment', 10], ['Multiple Disabilities', 5]];
  return [
    ['Specific Learning Disability', 32],
    ['Speech or Language Impairment', grade <= 3 ? 30 : 12],
    ['Other Health Impairment', 16],
    ['Autism Spectrum Disorders', 12],
    ['Intellectual Disability', 6],
    ['Serious Emotional Disability', inCare ? 20 : 5],
    ['Multiple Disabilities', 2],
  ];
}
