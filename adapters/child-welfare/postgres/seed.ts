/**
 * Seed a county child welfare database from a `ChildWelfareDataset` (the conformance kit's
 * fixture or the synthetic generator): port values are written as the county's local codes
 * through the mapping, so the adapter reads them back only by decoding. Replaces what is there.
 */
import { deleteAll, insertRows } from '../../sql/insert.js';
import { dataQualityValues } from '../../sql/data-quality-columns.js';
import { encode, toColumns } from '../../sql/mapping.js';
import type { SqlDb } from '../../sql/sql-db.js';
import type { ChildWelfareDataset } from '../../synthetic/population.js';
import { type ChildWelfareMapping, defaultChildWelfareMapping } from './mapping.js';

export async function seedChildWelfare(
  db: SqlDb,
  data: ChildWelfareDataset,
  mapping: ChildWelfareMapping = defaultChildWelfareMapping,
): Promise<void> {
  const m = mapping;
  const code = m.codes;
  const removals = data.cases.flatMap((c) => c.removals.map((r) => ({ ...r, caseId: c.caseId })));
  const rows: Array<[string, Record<string, unknown>[]]> = [
    [m.child.table, data.children.map((c) => toColumns(m.child, {
      localId: c.localId, firstName: c.firstName, middleName: c.middleName, lastName: c.lastName,
      birthDate: c.birthDate, sex: encode('sex', code.sex, c.sex), lastUpdated: new Date(c.provenance.lastUpdated),
      ...dataQualityValues(c.provenance),
      // The dataset holds no suffix, SSN or ZIP: a mapping that names those columns gets NULLs.
      suffix: null, ssn: null, zip: null,
    }))],
    [m.caseworker.table, data.caseworkers.map((w) => toColumns(m.caseworker, {
      caseworkerId: w.caseworkerId, firstName: w.firstName, lastName: w.lastName, unit: w.unit,
      county: w.county, lastUpdated: new Date(w.provenance.lastUpdated),
    }))],
    [m.case.table, data.cases.map((c) => toColumns(m.case, {
      caseId: c.caseId, childLocalId: c.childLocalId, status: encode('caseStatus', code.caseStatus, c.status),
      openedOn: c.openedOn, closedOn: c.closedOn,
      permanencyGoal: encode('permanencyGoal', code.permanencyGoal, c.permanencyGoal),
      agencyHasPlacementResponsibility: c.agencyHasPlacementResponsibility,
      courtName: c.court.name, courtCounty: c.court.county, lastUpdated: new Date(c.provenance.lastUpdated),
    }))],
    // One assignment per case, from the day it opened: the dataset knows only the current worker.
    [m.assignment.table, data.cases.map((c) => toColumns(m.assignment, {
      caseId: c.caseId, caseworkerId: c.caseworkerId, assignedOn: c.openedOn,
    }))],
    [m.removal.table, removals.map((r) => toColumns(m.removal, {
      removalId: r.removalId, caseId: r.caseId, removalDate: r.removalDate, dischargeDate: r.dischargeDate,
      dischargeReason: r.dischargeReason === null ? null : encode('dischargeReason', code.dischargeReason, r.dischargeReason),
    }))],
    [m.circumstance.table, removals.flatMap((r) => r.circumstances.map((c) => toColumns(m.circumstance, {
      removalId: r.removalId, circumstance: encode('removalCircumstance', code.removalCircumstance, c),
    })))],
    [m.placement.table, data.cases.flatMap((c) => c.placements.map((p) => toColumns(m.placement, {
      placementId: p.placementId, caseId: c.caseId, setting: encode('placementSetting', code.placementSetting, p.setting),
      beginDate: p.beginDate, endDate: p.endDate, providerName: p.providerName,
    })))],
  ];
  await db.transaction().execute(async (tx) => {
    await deleteAll(tx, rows.map(([table]) => table).reverse());
    for (const [table, values] of rows) await insertRows(tx, table, values);
  });
}
