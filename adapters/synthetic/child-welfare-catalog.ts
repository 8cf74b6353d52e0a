/**
 * Code lists and weights for child welfare records. Labels follow AFCARS (45 CFR 1355.44):
 * placement settings (e), permanency plans (f)(1), exit reasons (g)(3) and circumstances at
 * removal (d)(4); the weights are illustrative, shaped after national AFCARS distributions
 * (most children in family foster homes, a third with relatives, group care mostly for teens).
 */
import type {
  DischargeReason,
  PermanencyGoal,
  PlacementSetting,
  RemovalCircumstance,
} from '../child-welfare/port.js';

type Weights<T> = ReadonlyArray<readonly [T, number]>;

export const CHILD_SETTINGS: Weights<PlacementSetting> = [
  ['FOSTER_FAMILY_HOME_NON_RELATIVE', 55],
  ['FOSTER_FAMILY_HOME_RELATIVE', 36],
  ['GROUP_HOME', 5],
  ['INSTITUTION', 4],
];

export const TEEN_SETTINGS: Weights<PlacementSetting> = [
  ['FOSTER_FAMILY_HOME_NON_RELATIVE', 30],
  ['FOSTER_FAMILY_HOME_RELATIVE', 20],
  ['GROUP_HOME', 25],
  ['INSTITUTION', 12],
  ['RUNAWAY', 5],
];

export const OLDER_TEEN_SETTINGS: Weights<PlacementSetting> = [
  ...TEEN_SETTINGS,
  ['SUPERVISED_INDEPENDENT_LIVING', 14],
];

export function goalWeights(daysInCare: number, age: number): Weights<PermanencyGoal> {
  if (daysInCare < 60) return [['NOT_ESTABLISHED', 50], ['REUNIFY', 50]];
  return [
    ['REUNIFY', 55],
    ['ADOPTION', daysInCare > 365 && age < 16 ? 22 : 2],
    ['GUARDIANSHIP', 9],
    ['LIVE_WITH_OTHER_RELATIVES', 8],
    ['PLANNED_PERMANENT_LIVING_ARRANGEMENT', age >= 16 ? 12 : 0],
  ];
}

export const CIRCUMSTANCES: Weights<RemovalCircumstance> = [
  ['NEGLECT', 60],
  ['PHYSICAL_ABUSE', 13],
  ['SEXUAL_ABUSE', 4],
  ['PSYCHOLOGICAL_ABUSE', 3],
  ['MEDICAL_NEGLECT', 3],
  ['ABANDONMENT', 3],
  ['INADEQUATE_HOUSING', 9],
  ['INCARCERATION_OF_CARETAKER', 6],
  ['CHILD_BEHAVIOR_PROBLEM', 5],
  ['CARETAKER_DRUG_USE', 20],
  ['CARETAKER_ALCOHOL_USE', 5],
];

export const CLOSED_DISCHARGE: Weights<DischargeReason> = [
  ['REUNIFY', 65],
  ['LIVE_WITH_OTHER_RELATIVES', 12],
  ['GUARDIANSHIP', 12],
  ['ADOPTION', 6],
  ['TRANSFER_TO_ANOTHER_AGENCY', 3],
  ['RUNAWAY_OR_WHEREABOUTS_UNKNOWN', 2],
];

/** The goal a closed case ended under, from how it ended. */
export function goalForDischarge(reason: DischargeReason): PermanencyGoal {
  switch (reason) {
    case 'REUNIFY':
    case 'LIVE_WITH_OTHER_RELATIVES':
    case 'ADOPTION':
    case 'GUARDIANSHIP':
      return reason;
    default:
      return 'REUNIFY';
  }
}

export const GROUP_HOMES = [
  'Cedar House Group Home', 'Harbor Lights Youth Home', 'Maple Street Group Home',
  'Casa Esperanza Group Home', 'Hillcrest Boys Group Home', 'Willow Girls Group Home',
];
export const INSTITUTIONS = [
  "Sunrise Children's Residential Treatment Center", "St. Brigid's Children's Home",
  'Valley Oaks Youth Treatment Center', 'Redwater Qualified Residential Treatment Program',
];
export const INDEPENDENT_LIVING = [
  'Next Step Supervised Independent Living', 'Bridgeway Transitional Living Program',
];

export const UNITS = ['Ongoing Services', 'Permanency', 'Family Maintenance', 'Adoptions'];
