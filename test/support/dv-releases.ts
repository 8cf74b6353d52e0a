/**
 * Records a VAWA release naming `organization` for every DV client in the population, so a test
 * can measure a caseload as it is when every release is on file.
 */
import type { SyntheticPopulation } from '../../adapters/synthetic/population.js';
import type { ConsentStore } from '../../subgraphs/shared/consent/consent-store.js';

const DAY = 86_400_000;

export async function releaseEveryDvClientTo(store: ConsentStore, population: SyntheticPopulation, organization: string) {
  const today = new Date();
  const start = new Date(today.getTime() - DAY).toISOString().slice(0, 10);
  const end = new Date(today.getTime() + 30 * DAY).toISOString().slice(0, 10);
  for (const client of population.dvShelter.clients) {
    await store.record({
      owner: 'dv-shelter',
      kind: 'vawa-release',
      subject: { system: 'dv-shelter', localId: client.localId },
      subjectCapacity: 'adult',
      grantors: [{ name: 'Synthetic Client', relationship: 'self' }],
      actors: [{ kind: 'organization', reference: organization, display: organization }],
      purposes: ['COC'],
      dataClasses: ['SDV'],
      period: { start, end },
      signedOn: start,
      writtenDocument: { reference: `DocumentReference/test-${client.localId}`, contentType: 'application/pdf' },
      rightToRevokeAcknowledged: true,
      recordedBy: { subject: 'dv-adv-0001', name: 'Rosa Delgado' },
    });
  }
}
