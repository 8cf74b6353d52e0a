/**
 * Child welfare enums for the schema. Values follow AFCARS (45 CFR 1355.44); an adapter maps a
 * county's local codes onto them (see adapters/child-welfare/port.ts).
 */
import type {
  DischargeReason,
  PermanencyGoal,
  PlacementSetting,
  RemovalCircumstance,
} from '../../adapters/child-welfare/port.js';
import { describedEnum } from '../shared/described-enum.js';

export const PlacementSettingEnum = describedEnum<PlacementSetting>(
  'PlacementSetting',
  'Where a child in foster care lives: the AFCARS placement setting (45 CFR 1355.44(e)).',
  {
    PRE_ADOPTIVE_HOME: { description: 'Pre-adoptive home.' },
    FOSTER_FAMILY_HOME_RELATIVE: { description: 'Foster family home, relative (kin).' },
    FOSTER_FAMILY_HOME_NON_RELATIVE: { description: 'Foster family home, non-relative.' },
    GROUP_HOME: { description: 'Group home.' },
    INSTITUTION: { description: 'Institution, such as a residential treatment center or child care institution.' },
    SUPERVISED_INDEPENDENT_LIVING: { description: 'Supervised independent living (youth 18 and older).' },
    RUNAWAY: { description: 'Runaway or whereabouts unknown.' },
    TRIAL_HOME_VISIT: { description: 'Trial home visit with the parent(s) or guardian.' },
  },
);

export const PermanencyGoalEnum = describedEnum<PermanencyGoal>(
  'PermanencyGoal',
  "The case plan's permanency goal (AFCARS permanency plan, 45 CFR 1355.44(f)(1)).",
  {
    REUNIFY: { description: 'Reunify with parent(s) or legal guardian(s).' },
    LIVE_WITH_OTHER_RELATIVES: { description: 'Live with other relatives.' },
    ADOPTION: { description: 'Adoption.' },
    GUARDIANSHIP: { description: 'Legal guardianship.' },
    PLANNED_PERMANENT_LIVING_ARRANGEMENT: {
      description: 'Another planned permanent living arrangement (APPLA), limited by SSA 475(5)(C)(i).',
    },
    NOT_ESTABLISHED: { description: 'No permanency goal established yet.' },
  },
);

export const RemovalCircumstanceEnum = describedEnum<RemovalCircumstance>(
  'RemovalCircumstance',
  'A circumstance present at removal (AFCARS, 45 CFR 1355.44(d)(4)).',
  {
    PHYSICAL_ABUSE: { description: 'Physical abuse.' },
    SEXUAL_ABUSE: { description: 'Sexual abuse.' },
    PSYCHOLOGICAL_ABUSE: { description: 'Psychological or emotional abuse.' },
    NEGLECT: { description: 'Neglect.' },
    MEDICAL_NEGLECT: { description: 'Medical neglect.' },
    DOMESTIC_VIOLENCE: { description: 'Domestic violence.' },
    ABANDONMENT: { description: 'Abandonment.' },
    CARETAKER_ALCOHOL_USE: { description: "Caretaker's alcohol use." },
    CARETAKER_DRUG_USE: { description: "Caretaker's drug use." },
    CHILD_BEHAVIOR_PROBLEM: { description: "Child's behavior problem." },
    INADEQUATE_HOUSING: { description: 'Inadequate housing.' },
    INCARCERATION_OF_CARETAKER: { description: 'Incarceration of caretaker.' },
  },
);

export const DischargeReasonEnum = describedEnum<DischargeReason>(
  'DischargeReason',
  'Why a child left foster care (AFCARS exit reason, 45 CFR 1355.44(g)(3)).',
  {
    REUNIFY: { description: 'Reunified with parent(s) or legal guardian(s).' },
    LIVE_WITH_OTHER_RELATIVES: { description: 'Went to live with other relatives.' },
    ADOPTION: { description: 'Adopted.' },
    EMANCIPATION: { description: 'Emancipated (aged out).' },
    GUARDIANSHIP: { description: 'Legal guardianship.' },
    RUNAWAY_OR_WHEREABOUTS_UNKNOWN: { description: 'Ran away or whereabouts unknown.' },
    TRANSFER_TO_ANOTHER_AGENCY: { description: 'Transferred to another agency.' },
  },
);

export const CaseStatusEnum = describedEnum<'OPEN' | 'CLOSED'>('CaseStatus', 'Whether a case is open.', {
  OPEN: { description: 'The case is open.' },
  CLOSED: { description: 'The case is closed.' },
});

export const SexEnum = describedEnum<'FEMALE' | 'MALE' | 'UNKNOWN'>(
  'ChildWelfareSex',
  'Sex as recorded by the child welfare agency.',
  {
    FEMALE: { description: 'Female.' },
    MALE: { description: 'Male.' },
    UNKNOWN: { description: 'Not recorded or unknown.' },
  },
);
