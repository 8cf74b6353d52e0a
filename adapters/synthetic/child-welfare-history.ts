/**
 * One child's case history: when the case opened, the removal and its AFCARS circumstances,
 * the placement moves since (the current placement open-ended), the permanency goal, and for
 * closed cases how care ended. Siblings removed together share one history drawn per family.
 */
import type {
  DischargeReason,
  PermanencyGoal,
  Placement,
  PlacementSetting,
  Removal,
  RemovalCircumstance,
} from '../child-welfare/port.js';
import type { Rng } from './prng.js';
import { type Day, formatDay, parseDay } from './dates.js';
import { GappedSequence } from './ids.js';
import { NAME_ORIGINS } from './names.js';
import {
  CHILD_SETTINGS, CIRCUMSTANCES, CLOSED_DISCHARGE, GROUP_HOMES, INDEPENDENT_LIVING, INSTITUTIONS,
  OLDER_TEEN_SETTINGS, TEEN_SETTINGS, goalForDischarge, goalWeights,
} from './child-welfare-catalog.js';

export interface CaseHistory {
  openedOn: Day;
  closedOn: Day | null;
  goal: PermanencyGoal;
  removals: Removal[];
  placements: Placement[];
}

export interface HistoryIds {
  removal: GappedSequence;
  placement: GappedSequence;
}

export interface FamilyFacts {
  /** A caretaker has a substance-use disorder, or the family is in the DV shelter. */
  substanceUse: boolean;
  domesticViolence: boolean;
  /** A surname from the family, for relative caregivers' homes. */
  familySurname: string;
}

const ALL_SURNAMES = NAME_ORIGINS.flatMap((o) => o.surnames);

function providerName(rng: Rng, setting: PlacementSetting, family: FamilyFacts): string {
  switch (setting) {
    case 'FOSTER_FAMILY_HOME_NON_RELATIVE':
      return `${rng.pick(ALL_SURNAMES)} Family Foster Home`;
    case 'FOSTER_FAMILY_HOME_RELATIVE':
      return `${rng.chance(0.6) ? family.familySurname : rng.pick(ALL_SURNAMES)} Relative Foster Home`;
    case 'PRE_ADOPTIVE_HOME':
      return `${rng.pick(ALL_SURNAMES)} Pre-Adoptive Home`;
    case 'GROUP_HOME':
      return rng.pick(GROUP_HOMES);
    case 'INSTITUTION':
      return rng.pick(INSTITUTIONS);
    case 'SUPERVISED_INDEPENDENT_LIVING':
      return rng.pick(INDEPENDENT_LIVING);
    case 'RUNAWAY':
      return 'Whereabouts unknown (runaway)';
    case 'TRIAL_HOME_VISIT':
      return 'Trial home visit with parent';
  }
}

function settingFor(rng: Rng, age: number): PlacementSetting {
  return rng.weighted(age >= 16 ? OLDER_TEEN_SETTINGS : age >= 13 ? TEEN_SETTINGS : CHILD_SETTINGS);
}

/** Placements from `start` to `end` (null: still in care), oldest first, the last open-ended. */
export function placementHistory(
  rng: Rng, ids: HistoryIds, start: Day, end: Day | null, until: Day, age: number,
  goal: PermanencyGoal, family: FamilyFacts,
): Placement[] {
  const last = end ?? until;
  const span = Math.max(1, last - start);
  const count = Math.max(1, Math.min(6, 1 + Math.floor(rng.next() * (1 + span / 250)), Math.floor(span / 14)));
  const cuts = new Set<Day>();
  for (let i = 1; i < count; i++) cuts.add(start + rng.int(7, span - 7));
  const begins = [start, ...[...cuts].sort((a, b) => a - b)];
  const placements: Placement[] = [];
  let previous: PlacementSetting | null = null;
  for (let i = 0; i < begins.length; i++) {
    const isLast = i === begins.length - 1;
    let setting = settingFor(rng, age);
    if (isLast && goal === 'ADOPTION' && rng.chance(0.55)) setting = 'PRE_ADOPTIVE_HOME';
    else if (isLast && goal === 'LIVE_WITH_OTHER_RELATIVES') setting = 'FOSTER_FAMILY_HOME_RELATIVE';
    else if (isLast && goal === 'REUNIFY' && span > 180 && rng.chance(0.12)) setting = 'TRIAL_HOME_VISIT';
    if (setting === 'RUNAWAY' && (i === 0 || previous === 'RUNAWAY')) setting = 'GROUP_HOME';
    previous = setting;
    placements.push({
      placementId: `PL${ids.placement.next()}`,
      setting,
      beginDate: formatDay(begins[i]),
      endDate: isLast ? (end === null ? null : formatDay(end)) : formatDay(begins[i + 1]),
      providerName: providerName(rng, setting, family),
    });
  }
  return placements;
}

export function circumstances(rng: Rng, family: FamilyFacts): RemovalCircumstance[] {
  const set = new Set<RemovalCircumstance>([rng.weighted(CIRCUMSTANCES)]);
  if (rng.chance(0.45)) set.add(rng.weighted(CIRCUMSTANCES));
  if (family.domesticViolence && rng.chance(0.7)) set.add('DOMESTIC_VIOLENCE');
  if (family.substanceUse && rng.chance(0.7)) set.add(rng.chance(0.7) ? 'CARETAKER_DRUG_USE' : 'CARETAKER_ALCOHOL_USE');
  return [...set];
}

/** How long ago children now in care were removed: mostly within three years. */
export function daysInCare(rng: Rng): number {
  const [lo, hi] = rng.weighted([[[14, 180], 30], [[181, 540], 30], [[541, 1095], 25], [[1096, 2190], 15]] as const);
  return rng.int(lo, hi);
}

/** A child still in care: removal at or after birth, placements to date, no discharge. */
export function inCareHistory(
  rng: Rng, ids: HistoryIds, removalDay: Day, ref: Day, age: number, goal: PermanencyGoal,
  reasons: RemovalCircumstance[], family: FamilyFacts, shared: Placement[] | null,
): CaseHistory {
  const placements = shared
    ? shared.map((p) => ({ ...p, placementId: `PL${ids.placement.next()}` }))
    : placementHistory(rng, ids, removalDay, null, ref, age, goal, family);
  const removal: Removal = {
    removalId: `RM${ids.removal.next()}`,
    removalDate: formatDay(removalDay),
    circumstances: [...reasons],
    dischargeDate: null,
    dischargeReason: null,
  };
  return { openedOn: removalDay - rng.int(0, 21), closedOn: null, goal, removals: [removal], placements };
}

/** An earlier episode that ended: in-home services only, or a removal that ended in permanency. */
export function closedHistory(
  rng: Rng, ids: HistoryIds, earliest: Day, latestClose: Day, ageAt: (d: Day) => number, family: FamilyFacts,
): CaseHistory | null {
  if (latestClose - earliest < 90) return null;
  const openedOn = rng.int(earliest, latestClose - 60);
  const closedOn = Math.min(latestClose, openedOn + rng.int(60, 720));
  if (!rng.chance(0.6)) return { openedOn, closedOn, goal: 'NOT_ESTABLISHED', removals: [], placements: [] };
  const removalDay = openedOn + rng.int(0, Math.min(30, closedOn - openedOn - 30));
  let reason: DischargeReason = rng.weighted(CLOSED_DISCHARGE);
  if (ageAt(closedOn) >= 18) reason = 'EMANCIPATION';
  const goal = goalForDischarge(reason);
  const placements = placementHistory(rng, ids, removalDay, closedOn, closedOn, ageAt(removalDay), goal, family);
  const removal: Removal = {
    removalId: `RM${ids.removal.next()}`,
    removalDate: formatDay(removalDay),
    circumstances: circumstances(rng, family),
    dischargeDate: formatDay(closedOn),
    dischargeReason: reason,
  };
  return { openedOn, closedOn, goal, removals: [removal], placements };
}

export function inCareGoal(rng: Rng, days: number, age: number): PermanencyGoal {
  return rng.weighted(goalWeights(days, age));
}

/**
 * Ends a history with a trial home visit from `start`: the child is back with the parent while
 * the agency keeps placement and care responsibility (the showcase child's situation).
 */
export function withTrialHomeVisit(placements: Placement[], start: Day, ids: HistoryIds): Placement[] {
  const kept = placements.filter((p) => parseDay(p.beginDate) < start);
  const last = kept[kept.length - 1];
  kept[kept.length - 1] = { ...last, endDate: formatDay(start) };
  kept.push({
    placementId: `PL${ids.placement.next()}`,
    setting: 'TRIAL_HOME_VISIT',
    beginDate: formatDay(start),
    endDate: null,
    providerName: 'Trial home visit with parent',
  });
  return kept;
}

/** Days spent out of the home (every placement but trial home visits), as [begin, end) spans. */
export function outOfHomeSpans(placements: readonly Placement[], ref: Day): Array<[Day, Day]> {
  return placements
    .filter((p) => p.setting !== 'TRIAL_HOME_VISIT')
    .map((p) => [parseDay(p.beginDate), p.endDate === null ? ref : parseDay(p.endDate)]);
}
