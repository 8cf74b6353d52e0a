/**
 * Schools enums for the schema, from Ed-Fi Data Standard v5 descriptors. Values are GraphQL
 * names for Ed-Fi code values; each description quotes the code value (see ed-fi-codes.ts).
 */
import { describedEnum } from '../shared/described-enum.js';
import type { AttendanceCategoryValue, DisabilityValue, GradeLevelValue } from './ed-fi-codes.js';

const grade = (codeValue: string) => ({ description: `Ed-Fi \`${codeValue}\`.` });

export const GradeLevelEnum = describedEnum<GradeLevelValue>(
  'GradeLevel',
  "A student's grade level at entry (Ed-Fi GradeLevelDescriptor).",
  {
    PRESCHOOL: grade('Preschool'),
    PREKINDERGARTEN: grade('Prekindergarten'),
    KINDERGARTEN: grade('Kindergarten'),
    FIRST_GRADE: grade('First grade'),
    SECOND_GRADE: grade('Second grade'),
    THIRD_GRADE: grade('Third grade'),
    FOURTH_GRADE: grade('Fourth grade'),
    FIFTH_GRADE: grade('Fifth grade'),
    SIXTH_GRADE: grade('Sixth grade'),
    SEVENTH_GRADE: grade('Seventh grade'),
    EIGHTH_GRADE: grade('Eighth grade'),
    NINTH_GRADE: grade('Ninth grade'),
    TENTH_GRADE: grade('Tenth grade'),
    ELEVENTH_GRADE: grade('Eleventh grade'),
    TWELFTH_GRADE: grade('Twelfth grade'),
    UNGRADED: { description: 'Ed-Fi `Ungraded`: the student is not placed in a grade.' },
  },
);

export const AttendanceEventCategoryEnum = describedEnum<AttendanceCategoryValue>(
  'AttendanceEventCategory',
  'What an attendance event records (Ed-Fi AttendanceEventCategoryDescriptor).',
  {
    IN_ATTENDANCE: { description: 'Ed-Fi `In Attendance`: the student attended.' },
    PRESENT: { description: 'Ed-Fi `Present`: the student was present.' },
    EXCUSED_ABSENCE: { description: 'Ed-Fi `Excused Absence`: absent with an excuse the school accepts. Counts as absent.' },
    UNEXCUSED_ABSENCE: { description: 'Ed-Fi `Unexcused Absence`: absent without an accepted excuse. Counts as absent.' },
    TARDY: { description: 'Ed-Fi `Tardy`: arrived late. Counts as attended.' },
    EARLY_DEPARTURE: { description: 'Ed-Fi `Early departure`: left before the end of the day. Counts as attended.' },
    PARTIAL: { description: 'Ed-Fi `Partial`: attended part of the day. Counts as attended.' },
  },
);

export const SpecialEducationDisabilityEnum = describedEnum<DisabilityValue>(
  'SpecialEducationDisability',
  'A disability a special education program serves (Ed-Fi DisabilityDescriptor, IDEA categories).',
  {
    AUTISM_SPECTRUM_DISORDERS: { description: 'Ed-Fi `Autism Spectrum Disorders`.' },
    INTELLECTUAL_DISABILITY: { description: 'Ed-Fi `Intellectual Disability`.' },
    OTHER_HEALTH_IMPAIRMENT: { description: 'Ed-Fi `Other Health Impairment`, e.g. ADHD or epilepsy.' },
    SERIOUS_EMOTIONAL_DISABILITY: { description: 'Ed-Fi `Serious Emotional Disability`.' },
    SPEECH_OR_LANGUAGE_IMPAIRMENT: { description: 'Ed-Fi `Speech or Language Impairment`.' },
    SPECIFIC_LEARNING_DISABILITY: { description: 'Ed-Fi `Specific Learning Disability`, e.g. dyslexia.' },
    MULTIPLE_DISABILITIES: { description: 'Ed-Fi `Multiple Disabilities`.' },
  },
);
