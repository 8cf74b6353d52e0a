import { describe, expect, it } from 'vitest';
import { personRepresentation, resolveEntities, type Link } from '../shared/testing/entities.js';
import { createEmbeddedBehavioralHealthAdapter } from '../../adapters/behavioral-health/embedded.js';
import type { Provenance } from '../../adapters/port/provenance.js';
import { AGENCY_SYSTEMS, type BehavioralHealthDataset } from '../../adapters/synthetic/population.js';
import { openConsentStore } from '../shared/consent/open-consent-store.js';
import { createBehavioralHealthSubgraph } from './index.js';

const SYSTEM = AGENCY_SYSTEMS.behavioralHealth;
const provenance: Provenance = { sourceSystem: SYSTEM, lastUpdated: '2025-01-02T03:04:05.000Z' };
const org = { id: 'Org-1', display: 'Riverside Community Mental Health' };

type Episode = BehavioralHealthDataset['episodes'][number];
type Plan = BehavioralHealthDataset['carePlans'][number];

function episode(id: string, status: Episode['status'], periodStart: string, more: Partial<Episode> = {}): Episode {
  const rest = { type: 'Intensive outpatient', periodEnd: null, managingOrganization: org, careManager: null };
  return { patientId: 'BH-1', id, status, periodStart, ...rest, provenance, ...more };
}

function plan(patientId: string, id: string, kind: Plan['kind'], status: Plan['status'], intent: Plan['intent']): Plan {
  const title = kind === 'CRISIS' ? 'Safety plan' : 'Treatment plan';
  return { patientId, id, title, status, intent, kind, periodStart: '2024-09-02', periodEnd: null, provenance };
}

const icd10 = (code: string, display: string) => ({ system: 'http://hl7.org/fhir/sid/icd-10-cm', code, display });

const dataset: BehavioralHealthDataset = {
  patients: [
    { localId: 'BH-1', givenName: 'Zoë', familyName: 'Nguyễn', birthDate: '2011-04-05', provenance },
    { localId: 'BH-2', givenName: 'Sam', familyName: 'Okafor', birthDate: null, provenance },
  ],
  episodes: [
    episode('E-1', 'finished', '2022-01-10', { periodEnd: '2022-06-30' }),
    episode('E-2', 'active', '2024-09-01', { careManager: { id: 'Pr-9', display: 'Ana Ruiz' } }),
    episode('E-3', 'entered-in-error', '2024-10-01'),
  ],
  conditions: [
    {
      patientId: 'BH-1',
      id: 'C-1',
      code: icd10('F33.1', 'Major depressive disorder, recurrent, moderate'),
      category: 'encounter-diagnosis',
      clinicalStatus: 'active',
      recordedDate: '2024-09-01',
      substanceUse: false,
      provenance,
    },
    {
      patientId: 'BH-1',
      id: 'C-2',
      code: icd10('F10.20', 'Alcohol dependence, uncomplicated'),
      category: 'problem-list-item',
      clinicalStatus: 'remission',
      recordedDate: '2024-03-01',
      substanceUse: true,
      provenance,
    },
  ],
  carePlans: [
    plan('BH-1', 'CP-1', 'CRISIS', 'active', 'plan'),
    plan('BH-1', 'CP-2', 'TREATMENT', 'on-hold', 'order'),
    plan('BH-2', 'CP-3', 'CRISIS', 'completed', 'plan'),
  ],
};

const QUERY = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Person {
        id
        behavioralHealth {
          localId givenName familyName birthDate provenance { sourceSystem lastUpdated }
          episodesOfCare { id status periodStart periodEnd managingOrganization { id display } careManager { display } }
          openEpisode { id status }
          conditions { id category clinicalStatus code { code } }
          substanceUseConditions { id category clinicalStatus code { code } }
          carePlans { id kind status intent }
          crisisPlan { id title }
          crisisPlanOnFile
        }
      }
    }
  }
`;

const person = (id: string, links?: Link[]) => personRepresentation(SYSTEM, id, links);
const linked = (id: string, localId: string) => person(id, [{ system: SYSTEM, localId }]);

async function entities(representations: unknown[]) {
  return resolveEntities<{ id: string; behavioralHealth: any }>(
    await createBehavioralHealthSubgraph(createEmbeddedBehavioralHealthAdapter(dataset), { consents: openConsentStore({ owner: 'behavioral-health' }) }),
    QUERY,
    representations,
  );
}

describe('behavioral-health subgraph', () => {
  it('resolves Person.behavioralHealth from the link to this system', async () => {
    const [{ behavioralHealth: record }] = await entities([linked('P-1', 'BH-1')]);
    expect(record).toMatchObject({ localId: 'BH-1', givenName: 'Zoë', familyName: 'Nguyễn', birthDate: '2011-04-05' });
    expect(record.provenance.sourceSystem).toBe(SYSTEM);
    const statuses = record.episodesOfCare.map((e: { status: string }) => e.status);
    expect(statuses).toEqual(['ENTERED_IN_ERROR', 'ACTIVE', 'FINISHED']);
    expect(record.openEpisode).toEqual({ id: 'E-2', status: 'ACTIVE' });
    expect(record.episodesOfCare[1].careManager).toEqual({ display: 'Ana Ruiz' });
  });

  it('keeps substance-use conditions out of `conditions` (42 CFR Part 2)', async () => {
    const [{ behavioralHealth: record }] = await entities([linked('P-1', 'BH-1')]);
    expect(record.conditions).toEqual([
      { id: 'C-1', category: 'ENCOUNTER_DIAGNOSIS', clinicalStatus: 'ACTIVE', code: { code: 'F33.1' } },
    ]);
    expect(record.substanceUseConditions).toEqual([
      { id: 'C-2', category: 'PROBLEM_LIST_ITEM', clinicalStatus: 'REMISSION', code: { code: 'F10.20' } },
    ]);
  });

  it('maps care plan codes and finds the active crisis plan', async () => {
    const [p1, p2] = await entities([linked('P-1', 'BH-1'), linked('P-2', 'BH-2')]);
    const treatment = { id: 'CP-2', kind: 'TREATMENT', status: 'ON_HOLD', intent: 'ORDER' };
    expect(p1.behavioralHealth.carePlans).toContainEqual(treatment);
    expect(p1.behavioralHealth.crisisPlan).toEqual({ id: 'CP-1', title: 'Safety plan' });
    expect(p1.behavioralHealth.crisisPlanOnFile).toBe(true);
    // A completed crisis plan is not in effect; a known patient with no episodes gets [] and null.
    expect(p2.behavioralHealth).toMatchObject({
      crisisPlan: null,
      crisisPlanOnFile: false,
      episodesOfCare: [],
      openEpisode: null,
    });
  });

  it('is null for a person with no link to this system, an unknown local id, or no links at all', async () => {
    const results = await entities([
      person('P-3', [{ system: AGENCY_SYSTEMS.childWelfare, localId: 'CW-1' }]),
      linked('P-4', 'BH-404'),
      person('P-5'),
    ]);
    expect(results).toEqual([
      { id: 'P-3', behavioralHealth: null },
      { id: 'P-4', behavioralHealth: null },
      { id: 'P-5', behavioralHealth: null },
    ]);
  });
});
