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

export function createEmbeddedDvShelterAdapter(data: DvShelterDataset, options: EmbeddedOptions = {}): DvShelterAdapter {
  const clients = indexBy(data.clients, (c) => c.localId);
  const enrollments = groupByOwner(data.enrollments, 'clientId', (e) => e.entryDate);

  return {
    capabilities: { sourceSystem: AGENCY_SYSTEMS.dvShelter, freshness: 'snapshot', maxBatchSize: 1000, asOf: options.asOf },
    health: () => embeddedHealth(data.clients.length),
    clientsByIds: async (ids) => answerFromIndex(ids, clients),
    enrollmentsByClientIds: async (ids) => unwrapGroups(answerGroups(ids, clients, enrollments)),
  };
}
