/**
 * Load a behavioral health dataset (the conformance kit's fixture or the synthetic generator's)
 * into the test FHIR server's store as R4 resources, the way a migration would: ids, meta and
 * lastUpdated kept as the records have them. Replaces what is there.
 */
import { insertRows } from '../../../sql/insert.js';
import type { SqlDb } from '../../../sql/sql-db.js';
import type { BehavioralHealthDataset } from '../../../synthetic/population.js';
import { DEFAULT_MRN_SYSTEM } from '../codes.js';
import type { FhirResourceBase } from '../fhir-types.js';
import { patientLogicalId, toFhirCarePlan, toFhirCondition, toFhirEpisode, toFhirPatient, type ToFhirOptions } from '../to-fhir.js';

/** meta.source of seeded resources: the (invented) provider EHR they stand for. */
export const DEFAULT_SEED_SOURCE = 'https://bh.example.org/fhir/ehr';

export interface SeedCounts {
  Patient: number;
  EpisodeOfCare: number;
  Condition: number;
  CarePlan: number;
}

export async function seedFhirStore(db: SqlDb, data: BehavioralHealthDataset, options: Partial<ToFhirOptions> = {}): Promise<SeedCounts> {
  const o: ToFhirOptions = { identifierSystem: options.identifierSystem ?? DEFAULT_MRN_SYSTEM, source: options.source ?? DEFAULT_SEED_SOURCE };
  const owned = (patientId: string, resource: FhirResourceBase) => ({ resource, patientId: patientLogicalId(patientId) });
  const patients = data.patients.map((p) => ({ resource: toFhirPatient(p, o), patientId: null }));
  const others = [
    ...data.episodes.map(({ patientId, ...e }) => owned(patientId, toFhirEpisode(e, patientId, o))),
    ...data.conditions.map(({ patientId, ...c }) => owned(patientId, toFhirCondition(c, patientId, o))),
    ...data.carePlans.map(({ patientId, ...p }) => owned(patientId, toFhirCarePlan(p, patientId, o))),
  ];
  const rows = [...patients, ...others].map(({ resource, patientId }) => ({
    resource_type: resource.resourceType,
    id: resource.id,
    patient_id: patientId,
    last_updated: new Date(resource.meta!.lastUpdated!),
    resource: JSON.stringify(resource),
  }));
  const identifiers = patients.flatMap(({ resource }) =>
    (resource.identifier ?? []).map((i) => ({ resource_type: 'Patient', id: resource.id, system: i.system ?? null, value: i.value })),
  );
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('fhir_identifier').execute();
    await tx.deleteFrom('fhir_resource').execute();
    await insertRows(tx, 'fhir_resource', rows);
    await insertRows(tx, 'fhir_identifier', identifiers);
  });
  return { Patient: patients.length, EpisodeOfCare: data.episodes.length, Condition: data.conditions.length, CarePlan: data.carePlans.length };
}
