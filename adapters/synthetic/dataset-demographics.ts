/**
 * A port dataset's own identifying fields as demographic records (`port/demographics.ts`): what
 * each agency slice carries and nothing more — names and birth dates everywhere, sex only where
 * the slice records it (child welfare), no SSN or ZIP. The embedded adapters serve these; the
 * linkage's synthetic sources (`demographics.ts`) add what real systems of each kind also hold.
 *
 * DV (VAWA, 34 U.S.C. 12291(b)(2)): only clients in `released` are mapped at all.
 */
import type { DemographicRecord } from '../port/demographics.js';
import { AGENCY_SYSTEMS } from '../port/agency-systems.js';
import { ssnDataQualityOf } from '../dv-shelter/client-data-quality.js';
import type { BehavioralHealthDataset, ChildWelfareDataset, DvShelterDataset, SchoolsDataset } from './population.js';

const NOT_HELD = { suffix: null, ssn: null, zip: null } as const;

export function childWelfareDemographics(data: ChildWelfareDataset): DemographicRecord[] {
  return data.children.map((c) => ({
    system: AGENCY_SYSTEMS.childWelfare, localId: c.localId, firstName: c.firstName, middleName: c.middleName,
    lastName: c.lastName, birthDate: c.birthDate, sex: c.sex, ...NOT_HELD,
  }));
}

export function behavioralHealthDemographics(data: BehavioralHealthDataset): DemographicRecord[] {
  return data.patients.map((p) => ({
    system: AGENCY_SYSTEMS.behavioralHealth, localId: p.localId, firstName: p.givenName, middleName: null,
    lastName: p.familyName, birthDate: p.birthDate, sex: null, ...NOT_HELD,
  }));
}

export function schoolsDemographics(data: SchoolsDataset): DemographicRecord[] {
  return data.students.map((s) => ({
    system: AGENCY_SYSTEMS.schools, localId: s.localId, firstName: s.firstName, middleName: s.middleName,
    lastName: s.lastSurname, birthDate: s.birthDate, sex: null, ...NOT_HELD,
  }));
}

/** The release check comes first: an unreleased client is not even mapped. */
export function dvShelterDemographics(data: DvShelterDataset, released: ReadonlySet<string>): DemographicRecord[] {
  return data.clients.filter((c) => released.has(c.localId)).map((c) => ({
    system: AGENCY_SYSTEMS.dvShelter, localId: c.localId, firstName: c.firstName, middleName: null,
    lastName: c.lastName, birthDate: c.birthDate, sex: null, ...NOT_HELD,
    dataQuality: { name: c.nameDataQuality, birthDate: c.dobDataQuality, ssn: ssnDataQualityOf(c.provenance.dataQuality) },
  }));
}
