/**
 * FHIR says why a value is missing with the data-absent-reason extension on the element's
 * primitive sibling (`_birthDate`; hl7.org/fhir/R4/extension-data-absent-reason.html). The hub
 * reports how sure a source is in HMIS data-quality codes (adapters/port/data-quality.ts), so the
 * reasons that HMIS distinguishes are mapped to its codes: the client did not know (8), refused
 * (9), or was not asked (99). A value that is present, or absent without a reason, says nothing
 * about quality, so nothing is reported for it.
 */
import { fieldDataQuality, type DataQualityCode, type FieldDataQuality } from '../../port/data-quality.js';

export const DATA_ABSENT_REASON_URL = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';

/** data-absent-reason codes (hl7.org/fhir/R4/codesystem-data-absent-reason.html) → HMIS data quality. */
const HMIS_CODE_OF: Readonly<Record<string, DataQualityCode>> = {
  'asked-unknown': 8, // asked, the client did not know
  'asked-declined': 9, // asked, the client refused
  'not-asked': 99, // not collected
  unknown: 99,
  'temp-unknown': 99,
};

export interface FhirPrimitiveExtensions {
  extension?: Array<{ url?: string; valueCode?: string }>;
}

/** The data quality of one absent element, or nothing when the element is present or no reason is given. */
export function dataQualityOfAbsent(field: string, value: unknown, primitive: FhirPrimitiveExtensions | undefined): FieldDataQuality[] {
  if (value !== undefined) return [];
  const reason = primitive?.extension?.find((e) => e.url === DATA_ABSENT_REASON_URL)?.valueCode;
  const code = reason === undefined ? undefined : HMIS_CODE_OF[reason];
  return code === undefined ? [] : [fieldDataQuality(field, code)];
}
