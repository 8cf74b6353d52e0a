/**
 * What "an active IEP" means, in one place. IDEA services are delivered under an IEP; Ed-Fi v5
 * records its dates on the StudentSpecialEducationProgramAssociation.
 */
import type { SpecialEducationProgram } from '../../adapters/schools/port.js';

/**
 * Active on `today`: the program has begun and has no end date or ends after today, and it has
 * an IEP that has begun. A lapsed `iepEndDate` alone does not end it: the IEP is then overdue
 * for renewal, but the student is still served under it.
 */
export function isActiveIep(program: SpecialEducationProgram, today: string): boolean {
  const inProgram = program.beginDate <= today && (program.endDate === null || program.endDate > today);
  return inProgram && program.iepBeginDate !== null && program.iepBeginDate <= today;
}

/** The active program with the latest begin date, or null. */
export function activeIepOf(programs: readonly SpecialEducationProgram[], today: string): SpecialEducationProgram | null {
  let best: SpecialEducationProgram | null = null;
  for (const program of programs) {
    if (isActiveIep(program, today) && (!best || program.beginDate > best.beginDate)) best = program;
  }
  return best;
}
