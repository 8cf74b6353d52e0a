/**
 * Special education program associations (Ed-Fi StudentSpecialEducationProgramAssociation):
 * eligibility began some years ago, the IEP is renewed yearly, so iepBeginDate is the latest
 * annual IEP, iepEndDate a year later, and iepReviewDate the last IEP review meeting (Ed-Fi: "the
 * date of the last IEP review"; none yet for an initial IEP).
 */
import type { SpecialEducationProgram } from '../schools/port.js';
import type { Rng } from './prng.js';
import { type Day, formatDay, parseDay } from './dates.js';
import { provenance } from './record-kit.js';
import { AGENCY_SYSTEMS } from './population.js';
import { disabilityWeights } from './school-catalog.js';

export function specialEducation(
  rng: Rng, birthDate: string, grade: number, inCare: boolean, ref: Day, ended: boolean,
): SpecialEducationProgram {
  const earliest = parseDay(birthDate) + 3 * 365;
  const begin = Math.min(ref - 1, Math.max(earliest, ref - rng.int(30, 8 * 365)));
  const end = ended ? Math.min(ref - 1, begin + rng.int(365, 4 * 365)) : null;
  const until = (end ?? ref) - 1;
  const cycles = Math.max(0, Math.floor((until - begin) / 365));
  const iepBegin = Math.max(begin, Math.min(until, begin + cycles * 365 + rng.int(-10, 10)));
  const weights = disabilityWeights(grade, inCare);
  const disabilities = [rng.weighted(weights)];
  if (rng.chance(0.08)) {
    const second = rng.weighted(weights);
    if (second !== disabilities[0]) disabilities.push(second);
  }
  return {
    programName: 'Special Education',
    beginDate: formatDay(begin),
    endDate: end === null ? null : formatDay(end),
    iepBeginDate: formatDay(iepBegin),
    iepEndDate: formatDay(iepBegin + 364),
    iepReviewDate: iepBegin === begin ? null : formatDay(Math.max(begin, iepBegin - rng.int(0, 14))),
    disabilities,
    provenance: provenance(AGENCY_SYSTEMS.schools, rng, iepBegin, end === null ? ref : Math.min(ref, end + 30)),
  };
}
