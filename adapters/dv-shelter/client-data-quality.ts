/**
 * A client's provenance data quality, as HMIS records it on Client.csv: NameDataQuality (3.01.5),
 * SSNDataQuality (3.02.2), DOBDataQuality (3.03.2), in that order. One builder for the generator,
 * the kit's fixture and the HMIS CSV reader, so the three agree on fields and order.
 */
import { type DataQualityCode, type FieldDataQuality, fieldDataQuality } from '../port/data-quality.js';

export function clientDataQuality(name: DataQualityCode, ssn: DataQualityCode, birthDate: DataQualityCode): FieldDataQuality[] {
  return [fieldDataQuality('name', name), fieldDataQuality('ssn', ssn), fieldDataQuality('birthDate', birthDate)];
}

/** The SSN code of a client's provenance; 99 "data not collected" when the source gave none. */
export function ssnDataQualityOf(dataQuality: readonly FieldDataQuality[] | undefined): DataQualityCode {
  return dataQuality?.find((q) => q.field === 'ssn')?.code ?? 99;
}
