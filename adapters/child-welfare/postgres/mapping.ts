/**
 * Where the child welfare port's fields live in a county's database, and what its local codes
 * mean. `defaultChildWelfareMapping` matches migrations/; a county whose tables differ supplies
 * its own (issue 4: mapping by configuration). Code maps translate legacy AFCARS codes
 * (45 CFR 1355.44; NDACAN CURPLSET, CASEGOAL, DISREASN) into the port's enums.
 */
import type { DataQualityColumns } from '../../sql/data-quality-columns.js';
import type { DemographicColumns } from '../../sql/demographic-columns.js';
import type { CodeMap, TableMap } from '../../sql/mapping.js';
import type {
  ChildWelfareChild,
  DischargeReason,
  PermanencyGoal,
  PlacementSetting,
  RemovalCircumstance,
} from '../port.js';

export interface ChildWelfareMapping {
  /**
   * May also name the optional `nameDataQuality` / `birthDateDataQuality` columns
   * (sql/data-quality-columns.ts) and, for record linkage, `suffix` / `ssn` / `zip`
   * (sql/demographic-columns.ts).
   */
  child: TableMap<'localId' | 'firstName' | 'middleName' | 'lastName' | 'birthDate' | 'sex' | 'lastUpdated'> & DataQualityColumns & DemographicColumns;
  caseworker: TableMap<'caseworkerId' | 'firstName' | 'lastName' | 'unit' | 'county' | 'lastUpdated'>;
  case: TableMap<
    | 'caseId'
    | 'childLocalId'
    | 'status'
    | 'openedOn'
    | 'closedOn'
    | 'permanencyGoal'
    | 'agencyHasPlacementResponsibility'
    | 'courtName'
    | 'courtCounty'
    | 'lastUpdated'
  >;
  /** Worker assignment history; a case's caseworker is its latest assignment. */
  assignment: TableMap<'caseId' | 'caseworkerId' | 'assignedOn'>;
  removal: TableMap<'removalId' | 'caseId' | 'removalDate' | 'dischargeDate' | 'dischargeReason'>;
  /** One row per circumstance that applies to a removal. */
  circumstance: TableMap<'removalId' | 'circumstance'>;
  placement: TableMap<'placementId' | 'caseId' | 'setting' | 'beginDate' | 'endDate' | 'providerName'>;
  codes: {
    sex: CodeMap<ChildWelfareChild['sex']>;
    caseStatus: CodeMap<'OPEN' | 'CLOSED'>;
    permanencyGoal: CodeMap<PermanencyGoal>;
    /** `null`: a code meaning "no discharge" (DISREASN 0, not applicable). */
    dischargeReason: CodeMap<DischargeReason | null>;
    removalCircumstance: CodeMap<RemovalCircumstance>;
    placementSetting: CodeMap<PlacementSetting>;
  };
}

/** AFCARS legacy CURPLSET (45 CFR 1355.44(e)); 99 "unknown" has no port value, so it is unmapped. */
const CURPLSET: CodeMap<PlacementSetting> = {
  '1': 'PRE_ADOPTIVE_HOME',
  '2': 'FOSTER_FAMILY_HOME_RELATIVE',
  '3': 'FOSTER_FAMILY_HOME_NON_RELATIVE',
  '4': 'GROUP_HOME',
  '5': 'INSTITUTION',
  '6': 'SUPERVISED_INDEPENDENT_LIVING',
  '7': 'RUNAWAY',
  '8': 'TRIAL_HOME_VISIT',
};

/**
 * AFCARS legacy CASEGOAL (45 CFR 1355.44(f)(1)). The 2020 rule folds long-term foster care (4)
 * and emancipation (5) into a planned permanent living arrangement; seeds write 4.
 */
const CASEGOAL: CodeMap<PermanencyGoal> = {
  '1': 'REUNIFY',
  '2': 'LIVE_WITH_OTHER_RELATIVES',
  '3': 'ADOPTION',
  '4': 'PLANNED_PERMANENT_LIVING_ARRANGEMENT',
  '5': 'PLANNED_PERMANENT_LIVING_ARRANGEMENT',
  '6': 'GUARDIANSHIP',
  '7': 'NOT_ESTABLISHED',
};

/** AFCARS legacy DISREASN (45 CFR 1355.44(g)(3)); 2 and 5-7 are unverified against ACF's specs. */
const DISREASN: CodeMap<DischargeReason | null> = {
  '0': null,
  '1': 'REUNIFY',
  '2': 'LIVE_WITH_OTHER_RELATIVES',
  '3': 'ADOPTION',
  '4': 'EMANCIPATION',
  '5': 'GUARDIANSHIP',
  '6': 'TRANSFER_TO_ANOTHER_AGENCY',
  '7': 'RUNAWAY_OR_WHEREABOUTS_UNKNOWN',
};

/**
 * Circumstances at removal (45 CFR 1355.44(d)(4)) under the legacy AFCARS element names where
 * one existed (PHYABUSE, AAPARENT...); the three the 2020 rule added use local names.
 */
const CIRCUMSTANCES: CodeMap<RemovalCircumstance> = {
  PHYABUSE: 'PHYSICAL_ABUSE',
  SEXABUSE: 'SEXUAL_ABUSE',
  PSYABUSE: 'PSYCHOLOGICAL_ABUSE',
  NEGLECT: 'NEGLECT',
  MEDNEGL: 'MEDICAL_NEGLECT',
  DOMVIOL: 'DOMESTIC_VIOLENCE',
  ABANDMNT: 'ABANDONMENT',
  AAPARENT: 'CARETAKER_ALCOHOL_USE',
  DAPARENT: 'CARETAKER_DRUG_USE',
  CHBEHPRB: 'CHILD_BEHAVIOR_PROBLEM',
  HOUSING: 'INADEQUATE_HOUSING',
  PRTSJAIL: 'INCARCERATION_OF_CARETAKER',
};

export const defaultChildWelfareMapping: ChildWelfareMapping = {
  child: {
    table: 'person',
    columns: {
      localId: 'person_id',
      firstName: 'first_name',
      middleName: 'middle_name',
      lastName: 'last_name',
      birthDate: 'birth_date',
      sex: 'sex_code',
      lastUpdated: 'updated_at',
    },
  },
  caseworker: {
    table: 'worker',
    columns: {
      caseworkerId: 'worker_id',
      firstName: 'first_name',
      lastName: 'last_name',
      unit: 'unit_name',
      county: 'county_name',
      lastUpdated: 'updated_at',
    },
  },
  case: {
    table: 'cw_case',
    columns: {
      caseId: 'case_id',
      childLocalId: 'child_person_id',
      status: 'status_code',
      openedOn: 'opened_on',
      closedOn: 'closed_on',
      permanencyGoal: 'case_goal',
      agencyHasPlacementResponsibility: 'placement_resp',
      courtName: 'court_name',
      courtCounty: 'court_county',
      lastUpdated: 'updated_at',
    },
  },
  assignment: {
    table: 'case_assignment',
    columns: { caseId: 'case_id', caseworkerId: 'worker_id', assignedOn: 'assigned_on' },
  },
  removal: {
    table: 'removal',
    columns: {
      removalId: 'removal_id',
      caseId: 'case_id',
      removalDate: 'removal_date',
      dischargeDate: 'discharge_date',
      dischargeReason: 'discharge_reason',
    },
  },
  circumstance: {
    table: 'removal_circumstance',
    columns: { removalId: 'removal_id', circumstance: 'circumstance_code' },
  },
  placement: {
    table: 'placement',
    columns: {
      placementId: 'placement_id',
      caseId: 'case_id',
      setting: 'setting_code',
      beginDate: 'begin_date',
      endDate: 'end_date',
      providerName: 'provider_name',
    },
  },
  codes: {
    sex: { F: 'FEMALE', M: 'MALE', U: 'UNKNOWN' },
    caseStatus: { O: 'OPEN', C: 'CLOSED' },
    permanencyGoal: CASEGOAL,
    dischargeReason: DISREASN,
    removalCircumstance: CIRCUMSTANCES,
    placementSetting: CURPLSET,
  },
};
