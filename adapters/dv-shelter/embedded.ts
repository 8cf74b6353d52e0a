/**
 * DV shelter served from generated synthetic data shaped like a comparable database's HMIS CSV
 * export (Client, Enrollment, Exit). There is no shelter location in the data to begin with.
 */
import type { DvShelterDataset } from '../synthetic/population.js';
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
import type { DvShelterAdapter } from './port.js';
import { dvShelterDemographics } from '../synthetic/dataset-demographics.js';
import { arraySource } from '../synthetic/demographics.js';

export function createEmbeddedDvShelterAdapter(data: DvShelterDataset, options: EmbeddedOptions = {}): DvShelterAdapter {
  const clients = indexBy(data.clients, (c) => c.localId);
  const enrollments = groupByOwner(data.enrollments, 'clientId', (e) => e.entryDate);

  return {
    capabilities: { sourceSystem: AGENCY_SYSTEMS.dvShelter, freshness: 'snapshot', maxBatchSize: 1000, asOf: options.asOf },
    // Record linkage: only released clients (VAWA, 34 U.S.C. 12291(b)(2)); the others are never mapped.
    demographicsOfReleased: (released) => arraySource(AGENCY_SYSTEMS.dvShelter, dvShelterDemographics(data, released)),
    health: () => embeddedHealth(data.clients.length),
    clientsByIds: async (ids) => answerFromIndex(ids, clients),
    enrollmentsByClientIds: async (ids) => unwrapGroups(answerGroups(ids, clients, enrollments)),
  };
}
