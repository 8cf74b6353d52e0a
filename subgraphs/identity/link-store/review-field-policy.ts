/**
 * What an integration specialist may see of a record in the review queue: the minimum necessary
 * to decide whether two records are one person (HIPAA 45 CFR 164.502(b), 164.514(d)). Integration
 * specialists are hub staff, not agency staff, so the queue keeps only
 * - names (given, middle, family, suffix) and sex: what the decision rests on;
 * - birth year, not the full date, and the first three ZIP digits (the granularity 164.514(b)(2)
 *   allows), with the comparison levels saying whether the full values agree;
 * - the last four SSN digits at most, never the full number;
 * - nothing at all from a protected system (a DV program: VAWA, 34 U.S.C. 12291(b)(2) forbids
 *   disclosing even the fact of service), which therefore never reaches the queue either.
 * Masking happens when a pair is queued, so the full values never enter the hub's store.
 */
import type { DemographicRecord } from '../../../adapters/port/demographics.js';
import { PROTECTED_LINK_SYSTEMS } from '../protected-links.js';
import type { MaskedDemographics } from './types.js';

export const WITHHELD: MaskedDemographics = {
  firstName: null, middleName: null, lastName: null, suffix: null, birthYear: null, sex: null, zip: null, ssnLast4: null,
};

export function isProtectedSystem(system: string): boolean {
  return PROTECTED_LINK_SYSTEMS[system] !== undefined;
}

export function maskForReview(record: DemographicRecord): MaskedDemographics {
  if (isProtectedSystem(record.system)) return WITHHELD;
  const year = record.birthDate ? Number(record.birthDate.slice(0, 4)) : NaN;
  return {
    firstName: record.firstName,
    middleName: record.middleName,
    lastName: record.lastName,
    suffix: record.suffix ?? null,
    birthYear: Number.isInteger(year) ? year : null,
    sex: record.sex,
    zip: record.zip ? `${record.zip.slice(0, 3)}**` : null,
    ssnLast4: record.ssn && record.ssn.length >= 4 ? record.ssn.slice(-4) : null,
  };
}

/** Applied again when the queue is read, so a row written by anything else cannot show more. */
export function reviewFieldsOf(system: string, stored: MaskedDemographics): MaskedDemographics {
  if (isProtectedSystem(system)) return WITHHELD;
  return {
    ...stored,
    zip: stored.zip ? `${stored.zip.slice(0, 3)}**` : null,
    ssnLast4: stored.ssnLast4 ? stored.ssnLast4.slice(-4) : null,
  };
}
