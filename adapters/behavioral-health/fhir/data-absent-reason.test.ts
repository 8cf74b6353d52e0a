import { describe, expect, it } from 'vitest';
import { DATA_ABSENT_REASON_URL } from './data-absent-reason.js';
import type { FhirPatient } from './fhir-types.js';
import { toPatient } from './from-fhir.js';

const patient = (extra: Partial<FhirPatient>): FhirPatient => ({
  resourceType: 'Patient',
  id: 'pat-1',
  meta: { lastUpdated: '2026-10-01T12:00:00Z' },
  name: [{ use: 'official', family: 'Synthetic', given: ['Ana'] }],
  ...extra,
});
const absentBecause = (valueCode: string) => ({ _birthDate: { extension: [{ url: DATA_ABSENT_REASON_URL, valueCode }] } });

describe('birth date data quality from data-absent-reason', () => {
  it.each([
    ['asked-declined', 9, 'CLIENT_PREFERS_NOT_TO_ANSWER'],
    ['asked-unknown', 8, 'CLIENT_DOES_NOT_KNOW'],
    ['not-asked', 99, 'DATA_NOT_COLLECTED'],
  ])('maps %s to HMIS %i', (reason, code, meaning) => {
    const mapped = toPatient(patient(absentBecause(reason)), 'MRN-1', 'behavioral-health');
    expect(mapped.birthDate).toBeNull();
    expect(mapped.provenance.dataQuality).toEqual([{ field: 'birthDate', code, meaning }]);
  });

  it('reports nothing for a birth date that is present, or absent without a reason', () => {
    expect(toPatient(patient({ birthDate: '2012-03-04' }), 'MRN-1', 'behavioral-health').provenance.dataQuality).toBeUndefined();
    expect(toPatient(patient({}), 'MRN-1', 'behavioral-health').provenance.dataQuality).toBeUndefined();
    expect(toPatient(patient(absentBecause('masked')), 'MRN-1', 'behavioral-health').provenance.dataQuality).toBeUndefined();
  });
});
