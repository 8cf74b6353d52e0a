import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { personRepresentation, resolveEntities, type Link } from '../shared/testing/entities.js';
import { createEmbeddedDvShelterAdapter } from '../../adapters/dv-shelter/embedded.js';
import { clientDataQuality } from '../../adapters/dv-shelter/client-data-quality.js';
import type { Provenance } from '../../adapters/port/provenance.js';
import { AGENCY_SYSTEMS, type DvShelterDataset } from '../../adapters/synthetic/population.js';
import { openConsentStore } from '../shared/consent/open-consent-store.js';
import { createDvShelterSubgraph } from './index.js';

const SYSTEM = AGENCY_SYSTEMS.dvShelter;
const provenance: Provenance = { sourceSystem: SYSTEM, lastUpdated: '2025-01-02T03:04:05.000Z' };

type Client = DvShelterDataset['clients'][number];
type Enrollment = DvShelterDataset['enrollments'][number];

function client(localId: string, names: [string | null, string | null], more: Partial<Client>): Client {
  const [firstName, lastName] = names;
  const rest = { nameDataQuality: 1, birthDate: null, dobDataQuality: 99, safetyPlanOnFile: false } as const;
  return { localId, firstName, lastName, ...rest, provenance, ...more };
}

function enrollment(clientId: string, enrollmentId: string, more: Partial<Enrollment>): Enrollment {
  const rest = { projectType: 0, entryDate: '2024-01-01', householdId: 'HH-1', relationshipToHoH: 1, exit: null };
  return { clientId, enrollmentId, ...rest, provenance, ...more };
}

const dataset: DvShelterDataset = {
  clients: [
    client('DV-1', ['Renée', 'Ísaksdóttir'], {
      birthDate: '1990-01-01',
      dobDataQuality: 2,
      safetyPlanOnFile: true,
      provenance: { ...provenance, dataQuality: clientDataQuality(1, 99, 2) },
    }),
    client('DV-2', [null, null], { nameDataQuality: 9 }),
  ],
  enrollments: [
    enrollment('DV-1', 'EN-1', {
      entryDate: '2023-02-01',
      exit: { exitId: 'X-1', exitDate: '2023-03-15', destination: 215 },
    }),
    enrollment('DV-1', 'EN-2', { projectType: 42, entryDate: '2024-05-01', householdId: 'HH-2', relationshipToHoH: 2 }),
    enrollment('DV-2', 'EN-3', {
      projectType: 6,
      householdId: 'HH-3',
      relationshipToHoH: 99,
      exit: { exitId: 'X-3', exitDate: '2024-02-01', destination: 24 },
    }),
  ],
};

const QUERY = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Person {
        id
        dvServices {
          localId firstName lastName nameDataQuality birthDate dobDataQuality safetyPlanOnFile currentlyInShelter
          provenance { sourceSystem dataQuality { field code meaning } }
          enrollments {
            enrollmentId projectType projectTypeCode entryDate exitDate exitDestinationCode exitDestinationClass
            relationshipToHeadOfHousehold householdId provenance { lastUpdated }
          }
        }
      }
    }
  }
`;

async function build() {
  // The program's own advocate asks (OWN_STAFF), so the policy permits; releases are in memory.
  return createDvShelterSubgraph(createEmbeddedDvShelterAdapter(dataset), { releases: openConsentStore({ owner: 'dv-shelter' }) });
}

async function entities(representations: unknown[]) {
  return resolveEntities<{ id: string; dvServices: any }>(await build(), QUERY, representations);
}

const person = (id: string, links?: Link[]) => personRepresentation(SYSTEM, id, links);

describe('dv-shelter subgraph', () => {
  it('resolves Person.dvServices with HMIS data quality and enrollments', async () => {
    const [{ dvServices: record }] = await entities([person('P-1', [{ system: SYSTEM, localId: 'DV-1' }])]);
    expect(record).toMatchObject({
      localId: 'DV-1',
      firstName: 'Renée',
      lastName: 'Ísaksdóttir',
      nameDataQuality: 'FULL_REPORTED',
      dobDataQuality: 'PARTIAL_OR_APPROXIMATE',
      safetyPlanOnFile: true,
      currentlyInShelter: true,
      provenance: { sourceSystem: SYSTEM },
    });
    const provenanceOut = { lastUpdated: '2025-01-02T03:04:05.000Z' };
    expect(record.enrollments).toEqual([
      {
        enrollmentId: 'EN-2',
        projectType: 'OTHER',
        projectTypeCode: 42,
        entryDate: '2024-05-01',
        exitDate: null,
        exitDestinationCode: null,
        exitDestinationClass: null,
        relationshipToHeadOfHousehold: 'CHILD',
        householdId: 'HH-2',
        provenance: provenanceOut,
      },
      {
        enrollmentId: 'EN-1',
        projectType: 'EMERGENCY_SHELTER_ENTRY_EXIT',
        projectTypeCode: 0,
        entryDate: '2023-02-01',
        exitDate: '2023-03-15',
        exitDestinationCode: 215,
        exitDestinationClass: 'INSTITUTIONAL',
        relationshipToHeadOfHousehold: 'SELF',
        householdId: 'HH-1',
        provenance: provenanceOut,
      },
    ]);
  });

  it("serves the client's HMIS Name, SSN and DOB data quality in its provenance, null where the source has none", async () => {
    const [first, second] = await entities([
      person('P-1', [{ system: SYSTEM, localId: 'DV-1' }]),
      person('P-2', [{ system: SYSTEM, localId: 'DV-2' }]),
    ]);
    expect(first.dvServices.provenance).toEqual({
      sourceSystem: SYSTEM,
      dataQuality: [
        { field: 'name', code: 1, meaning: 'FULL_REPORTED' },
        { field: 'ssn', code: 99, meaning: 'DATA_NOT_COLLECTED' },
        { field: 'birthDate', code: 2, meaning: 'PARTIAL_OR_APPROXIMATE' },
      ],
    });
    expect(second.dvServices.provenance).toEqual({ sourceSystem: SYSTEM, dataQuality: null });
  });

  it('reports missing identifiers by their data quality, and a closed enrollment as not in shelter', async () => {
    const [{ dvServices: record }] = await entities([person('P-2', [{ system: SYSTEM, localId: 'DV-2' }])]);
    expect(record).toMatchObject({
      firstName: null,
      nameDataQuality: 'CLIENT_PREFERS_NOT_TO_ANSWER',
      dobDataQuality: 'DATA_NOT_COLLECTED',
      currentlyInShelter: false,
    });
    expect(record.enrollments[0]).toMatchObject({
      projectType: 'SERVICES_ONLY',
      exitDestinationCode: 24, // deceased: a two-digit code, not "2xx institutional"
      exitDestinationClass: 'OTHER',
      relationshipToHeadOfHousehold: 'DATA_NOT_COLLECTED',
    });
  });

  it('is null for a person with no link to this system, an unknown local id, or no links at all', async () => {
    const results = await entities([
      person('P-3', [{ system: AGENCY_SYSTEMS.schools, localId: 'S-1' }]),
      person('P-4', [{ system: SYSTEM, localId: 'DV-404' }]),
      person('P-5'),
    ]);
    expect(results.map((r) => r.dvServices)).toEqual([null, null, null]);
  });

  it('has no field that could carry a shelter location (VAWA 34 U.S.C. 12291(b)(2))', async () => {
    const { schema } = await build();
    const fields = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('_'))
      .flatMap((type) => Object.keys((type as { getFields(): object }).getFields()));
    const locationLike = /address|location|street|city|zip|postal|latitude|longitude|geo/i;
    expect(fields.filter((f) => locationLike.test(f))).toEqual([]);
  });
});
