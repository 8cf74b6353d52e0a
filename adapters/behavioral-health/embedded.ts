/** Behavioral health served from generated synthetic data, shaped like FHIR R4 resources. */
import type { BehavioralHealthDataset } from '../synthetic/population.js';
import { AGENCY_SYSTEMS } from '../port/agency-systems.js';
import {
  answerFromIndex,
  answerGroups,
  embeddedHealth,
  groupByOwner,
  indexBy,
  unwrapGroups,
  type EmbeddedOptions,
} from '../port/embedded-index.js';
import type { BehavioralHealthAdapter } from './port.js';
import { behavioralHealthDemographics } from '../synthetic/dataset-demographics.js';
import { arraySource } from '../synthetic/demographics.js';

export function createEmbeddedBehavioralHealthAdapter(data: BehavioralHealthDataset, options: EmbeddedOptions = {}): BehavioralHealthAdapter {
  const patients = indexBy(data.patients, (p) => p.localId);
  const episodes = groupByOwner(data.episodes, 'patientId', (e) => e.periodStart);
  const conditions = groupByOwner(data.conditions, 'patientId', (c) => c.recordedDate);
  const carePlans = groupByOwner(data.carePlans, 'patientId', (c) => c.periodStart);

  return {
    capabilities: { sourceSystem: AGENCY_SYSTEMS.behavioralHealth, freshness: 'snapshot', maxBatchSize: 1000, asOf: options.asOf },
    // Record linkage: the slice's own identifying fields (no SSN or ZIP: the slice does not carry them).
    demographics: () => arraySource(AGENCY_SYSTEMS.behavioralHealth, behavioralHealthDemographics(data)),
    health: () => embeddedHealth(data.patients.length),
    patientsByIds: async (ids) => answerFromIndex(ids, patients),
    episodesByPatientIds: async (ids) => unwrapGroups(answerGroups(ids, patients, episodes)),
    conditionsByPatientIds: async (ids) => unwrapGroups(answerGroups(ids, patients, conditions)),
    carePlansByPatientIds: async (ids) => unwrapGroups(answerGroups(ids, patients, carePlans)),
  };
}
