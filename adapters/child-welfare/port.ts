/**
 * The child welfare port: what the hub asks of a county or state child welfare system (CCWIS).
 * Codes follow AFCARS (45 CFR 1355.44); adapters map local codes to these values.
 */
import type { AdapterBase, BatchResult } from '../port/batch-contract.js';
import type { DemographicsReader } from '../port/demographics.js';
import type { Provenance } from '../port/provenance.js';

/** AFCARS current placement setting (legacy CURPLSET labels, 45 CFR 1355.44(e)). */
export type PlacementSetting =
  | 'PRE_ADOPTIVE_HOME'
  | 'FOSTER_FAMILY_HOME_RELATIVE'
  | 'FOSTER_FAMILY_HOME_NON_RELATIVE'
  | 'GROUP_HOME'
  | 'INSTITUTION'
  | 'SUPERVISED_INDEPENDENT_LIVING'
  | 'RUNAWAY'
  | 'TRIAL_HOME_VISIT';

/** AFCARS permanency plan (45 CFR 1355.44(f)(1)). */
export type PermanencyGoal =
  | 'REUNIFY'
  | 'LIVE_WITH_OTHER_RELATIVES'
  | 'ADOPTION'
  | 'GUARDIANSHIP'
  | 'PLANNED_PERMANENT_LIVING_ARRANGEMENT'
  | 'NOT_ESTABLISHED';

/** AFCARS circumstances at removal (45 CFR 1355.44(d)(4)), the subset the generator uses. */
export type RemovalCircumstance =
  | 'PHYSICAL_ABUSE'
  | 'SEXUAL_ABUSE'
  | 'PSYCHOLOGICAL_ABUSE'
  | 'NEGLECT'
  | 'MEDICAL_NEGLECT'
  | 'DOMESTIC_VIOLENCE'
  | 'ABANDONMENT'
  | 'CARETAKER_ALCOHOL_USE'
  | 'CARETAKER_DRUG_USE'
  | 'CHILD_BEHAVIOR_PROBLEM'
  | 'INADEQUATE_HOUSING'
  | 'INCARCERATION_OF_CARETAKER';

/** AFCARS exit reason (45 CFR 1355.44(g)(3)). */
export type DischargeReason =
  | 'REUNIFY'
  | 'LIVE_WITH_OTHER_RELATIVES'
  | 'ADOPTION'
  | 'EMANCIPATION'
  | 'GUARDIANSHIP'
  | 'RUNAWAY_OR_WHEREABOUTS_UNKNOWN'
  | 'TRANSFER_TO_ANOTHER_AGENCY';

export interface ChildWelfareChild {
  localId: string;
  firstName: string;
  middleName: string | null;
  lastName: string;
  /** yyyy-mm-dd as recorded by the agency (may differ from other agencies' records). */
  birthDate: string | null;
  sex: 'FEMALE' | 'MALE' | 'UNKNOWN';
  provenance: Provenance;
}

export interface Removal {
  removalId: string;
  removalDate: string;
  circumstances: RemovalCircumstance[];
  dischargeDate: string | null;
  dischargeReason: DischargeReason | null;
}

export interface Placement {
  placementId: string;
  setting: PlacementSetting;
  beginDate: string;
  endDate: string | null;
  /** The caregiver or facility's program name; never a street address. */
  providerName: string;
}

export interface Court {
  name: string;
  county: string;
}

export interface CaseRecord {
  caseId: string;
  childLocalId: string;
  status: 'OPEN' | 'CLOSED';
  openedOn: string;
  closedOn: string | null;
  permanencyGoal: PermanencyGoal;
  caseworkerId: string;
  /** Whether the agency has placement and care responsibility (legal custody) of the child. */
  agencyHasPlacementResponsibility: boolean;
  court: Court;
  removals: Removal[];
  /** Placement history, oldest first; the current one has no end date. */
  placements: Placement[];
  provenance: Provenance;
}

export interface Caseworker {
  caseworkerId: string;
  firstName: string;
  lastName: string;
  unit: string;
  county: string;
  provenance: Provenance;
}

/** Also pages its records' identifying fields for record linkage (`port/demographics.ts`). */
export interface ChildWelfareAdapter extends AdapterBase, DemographicsReader {
  /** Children by the agency's own person id. */
  childrenByIds(localIds: readonly string[]): Promise<BatchResult<ChildWelfareChild>>;
  /** Every case of each child, newest first; `[]` for a known child with none. */
  casesByChildIds(localIds: readonly string[]): Promise<BatchResult<CaseRecord[]>>;
  /** Open cases assigned to each caseworker (the caseload); `null` for an unknown worker. */
  caseloadsByCaseworkerIds(caseworkerIds: readonly string[]): Promise<BatchResult<CaseRecord[]>>;
  caseworkersByIds(caseworkerIds: readonly string[]): Promise<BatchResult<Caseworker>>;
  /** A page of caseworkers ordered by id, for directories and the explorer. */
  listCaseworkers(page: { first: number; after?: string | null }): Promise<Caseworker[]>;
}
