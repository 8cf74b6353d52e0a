/**
 * Consents on file for everyone: a VAWA release for every DV client, a HIPAA authorization for
 * every behavioral health patient and a FERPA consent for every student, naming `organization` —
 * so a test can measure a caseload as it is when every consent is on file.
 */
import type { SyntheticPopulation } from '../../adapters/synthetic/population.js';
import type { ConsentStore } from '../../subgraphs/shared/consent/consent-store.js';
import type { NewConsent } from '../../subgraphs/shared/consent/types.js';

const DAY = 86_400_000;

type Kind = 'vawa-release' | 'hipaa-authorization' | 'ferpa-consent';
const OWNER = { 'vawa-release': 'dv-shelter', 'hipaa-authorization': 'behavioral-health', 'ferpa-consent': 'schools' } as const;
const CLASS = { 'vawa-release': 'SDV', 'hipaa-authorization': 'PSY', 'ferpa-consent': 'EDU' } as const;

function consentFor(kind: Kind, localId: string, organization: string): NewConsent {
  const today = Date.now();
  const start = new Date(today - DAY).toISOString().slice(0, 10);
  const end = new Date(today + 30 * DAY).toISOString().slice(0, 10);
  const owner = OWNER[kind];
  return {
    owner,
    kind,
    subject: { system: owner, localId },
    subjectCapacity: 'adult',
    grantors: [{ name: 'Synthetic Client', relationship: 'self' }],
    actors: [{ kind: 'organization', reference: organization, display: organization }],
    purposes: ['COC'],
    dataClasses: [CLASS[kind]],
    period: { start, end },
    signedOn: start,
    writtenDocument: { reference: `DocumentReference/test-${localId}`, contentType: 'application/pdf' },
    rightToRevokeAcknowledged: true,
    recordedBy: { subject: 'test', name: 'Test Staff' },
  };
}

export async function consentEverythingTo(
  stores: { dvReleases: ConsentStore; bhConsents: ConsentStore; schoolConsents: ConsentStore },
  population: SyntheticPopulation,
  organization: string,
): Promise<void> {
  for (const client of population.dvShelter.clients) {
    await stores.dvReleases.record(consentFor('vawa-release', client.localId, organization));
  }
  for (const patient of population.behavioralHealth.patients) {
    await stores.bhConsents.record(consentFor('hipaa-authorization', patient.localId, organization));
  }
  for (const student of population.schools.students) {
    await stores.schoolConsents.record(consentFor('ferpa-consent', student.localId, organization));
  }
}
