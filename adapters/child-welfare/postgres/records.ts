/**
 * Rows (keyed by port field, see `selectFields`) to port records. Every coded field goes through
 * the mapping's code map, so a code the county added without mapping it fails its own key with
 * an `UnmappedCodeError` instead of leaking a raw local code to the hub.
 */
import { withDataQuality } from '../../sql/data-quality-columns.js';
import { decode } from '../../sql/mapping.js';
import type { Row } from '../../sql/owned-lists.js';
import { isoDate, isoDateTime, optionalText, requiredDate, text, toBoolean } from '../../sql/values.js';
import type { CaseRecord, Caseworker, ChildWelfareChild, Placement, Removal } from '../port.js';
import type { ChildWelfareMapping } from './mapping.js';

type Codes = ChildWelfareMapping['codes'];

export const CHILD_FIELDS = ['localId', 'firstName', 'middleName', 'lastName', 'birthDate', 'sex', 'lastUpdated'] as const;
export const CASEWORKER_FIELDS = ['caseworkerId', 'firstName', 'lastName', 'unit', 'county', 'lastUpdated'] as const;
export const CASE_FIELDS = [
  'caseId', 'childLocalId', 'status', 'openedOn', 'closedOn', 'permanencyGoal',
  'agencyHasPlacementResponsibility', 'courtName', 'courtCounty', 'lastUpdated',
] as const;
export const REMOVAL_FIELDS = ['removalId', 'caseId', 'removalDate', 'dischargeDate', 'dischargeReason'] as const;
export const PLACEMENT_FIELDS = ['placementId', 'caseId', 'setting', 'beginDate', 'endDate', 'providerName'] as const;

export function toChild(row: Row, codes: Codes, sourceSystem: string): ChildWelfareChild {
  return {
    localId: text(row.localId),
    firstName: text(row.firstName),
    middleName: optionalText(row.middleName),
    lastName: text(row.lastName),
    birthDate: isoDate(row.birthDate),
    sex: decode('sex', codes.sex, row.sex),
    provenance: withDataQuality({ sourceSystem, lastUpdated: isoDateTime(row.lastUpdated) }, row),
  };
}

export function toCaseworker(row: Row, sourceSystem: string): Caseworker {
  return {
    caseworkerId: text(row.caseworkerId),
    firstName: text(row.firstName),
    lastName: text(row.lastName),
    unit: text(row.unit),
    county: text(row.county),
    provenance: { sourceSystem, lastUpdated: isoDateTime(row.lastUpdated) },
  };
}

/** A removal from its rows (one per circumstance, or one with a NULL circumstance for none). */
export function toRemoval(rows: Row[], codes: Codes): Removal {
  const [row] = rows;
  const reason = row.dischargeReason;
  return {
    removalId: text(row.removalId),
    removalDate: requiredDate(row.removalDate),
    circumstances: rows
      .filter((r) => r.circumstance !== null && r.circumstance !== undefined)
      .map((r) => decode('removalCircumstance', codes.removalCircumstance, r.circumstance)),
    dischargeDate: isoDate(row.dischargeDate),
    dischargeReason: reason === null || reason === undefined ? null : decode('dischargeReason', codes.dischargeReason, reason),
  };
}

export function toPlacement(row: Row, codes: Codes): Placement {
  return {
    placementId: text(row.placementId),
    setting: decode('placementSetting', codes.placementSetting, row.setting),
    beginDate: requiredDate(row.beginDate),
    endDate: isoDate(row.endDate),
    providerName: text(row.providerName),
  };
}

export function toCase(row: Row, removals: Removal[], placements: Placement[], codes: Codes, sourceSystem: string): CaseRecord {
  if (row.caseworkerId === null || row.caseworkerId === undefined) {
    throw new TypeError(`case ${String(row.caseId)} has no worker assignment`);
  }
  return {
    caseId: text(row.caseId),
    childLocalId: text(row.childLocalId),
    status: decode('caseStatus', codes.caseStatus, row.status),
    openedOn: requiredDate(row.openedOn),
    closedOn: isoDate(row.closedOn),
    permanencyGoal: decode('permanencyGoal', codes.permanencyGoal, row.permanencyGoal),
    caseworkerId: text(row.caseworkerId),
    agencyHasPlacementResponsibility: toBoolean(row.agencyHasPlacementResponsibility),
    court: { name: text(row.courtName), county: text(row.courtCounty) },
    removals,
    placements,
    provenance: { sourceSystem, lastUpdated: isoDateTime(row.lastUpdated) },
  };
}
