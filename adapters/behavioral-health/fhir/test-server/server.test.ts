/**
 * The test FHIR server as any FHIR client sees it: searchset Bundles whose `next` links visit every
 * match exactly once, the three token forms of `identifier`, `patient` references, read by id, and
 * OperationOutcomes for what it cannot do (an unknown id, a bad `_count`, a forged cursor).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipUnlessAvailable } from '../../../../test/support/availability.js';
import { behavioralHealthFixture } from '../../../conformance/fixtures/behavioral-health.js';
import { uniqueIdentifier } from '../../../sql/identifier.js';
import { DEFAULT_TEST_POSTGRES_URL, probePostgres, redactUrl } from '../../../sql/probe.js';
import { DEFAULT_MRN_SYSTEM } from '../codes.js';
import type { FhirBundle, FhirResourceBase } from '../fhir-types.js';
import { patientLogicalId } from '../to-fhir.js';
import { MAX_COUNT } from './search-request.js';
import { type SeededFhirServer, startSeededFhirServer } from './seeded-server.js';

const connectionString = process.env.HUB_TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;
const skip = skipUnlessAvailable(`PostgreSQL at ${redactUrl(connectionString)}`, await probePostgres(connectionString));

describe.skipIf(skip)('test FHIR R4 server', () => {
  let server: SeededFhirServer;
  const get = async (path: string) => {
    const res = await fetch(path.startsWith('http') ? path : `${server.baseUrl}/${path}`);
    return { status: res.status, body: (await res.json()) as FhirBundle & FhirResourceBase & { issue?: Array<{ code: string; details: { text: string } }> } };
  };
  const ids = (bundle: FhirBundle) => (bundle.entry ?? []).map((e) => e.resource!.id!);

  beforeAll(async () => {
    server = await startSeededFhirServer({ connectionString, schema: uniqueIdentifier('hub_test_fhirsrv'), data: behavioralHealthFixture, dropOnClose: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('pages through next links, every match once, in id order', async () => {
    const seen: string[] = [];
    let page = (await get('EpisodeOfCare?_count=1')).body;
    for (let pages = 1; ; pages++) {
      expect(page).toMatchObject({ resourceType: 'Bundle', type: 'searchset' });
      expect(page.link?.[0].relation).toBe('self');
      seen.push(...ids(page));
      const next = page.link?.find((l) => l.relation === 'next')?.url;
      if (!next) {
        expect(pages).toBe(4);
        break;
      }
      page = (await get(next)).body;
    }
    expect(seen).toEqual(['EOC-0001', 'EOC-0002', 'EOC-0003', 'EOC-0004']);
  });

  it('searches identifier as system|value, |value and value, several values meaning OR', async () => {
    const both = `${DEFAULT_MRN_SYSTEM}|pat-0a1b2c3d,${DEFAULT_MRN_SYSTEM}|pat-9a0b1c2d`;
    expect(ids((await get(`Patient?identifier=${encodeURIComponent(both)}`)).body).sort()).toEqual([patientLogicalId('pat-0a1b2c3d'), patientLogicalId('pat-9a0b1c2d')].sort());
    expect(ids((await get('Patient?identifier=pat-1e2f3a4b')).body)).toEqual([patientLogicalId('pat-1e2f3a4b')]);
    expect(ids((await get(`Patient?identifier=${encodeURIComponent('https://other.example.org/mrn|pat-1e2f3a4b')}`)).body)).toEqual([]);
    expect(ids((await get('Patient?identifier=%7Cpat-1e2f3a4b')).body)).toEqual([]); // |value: no system, and every seeded MRN has one
  });

  it('searches by patient reference, relative or bare', async () => {
    const patient = patientLogicalId('pat-0a1b2c3d');
    expect(ids((await get(`Condition?patient=Patient/${patient}`)).body).sort()).toEqual(['Cond-1', 'Cond-2']);
    expect(ids((await get(`CarePlan?patient=${patient}`)).body).sort()).toEqual(['CP-1', 'CP-2']);
  });

  it('reads by id, and answers an unknown id with a 404 OperationOutcome', async () => {
    expect((await get('Condition/Cond-2')).body).toMatchObject({ resourceType: 'Condition', meta: { security: expect.arrayContaining([expect.objectContaining({ code: '42CFRPart2' })]) } });
    const missing = await get('Condition/Cond-404');
    expect(missing.status).toBe(404);
    expect(missing.body.issue?.[0]).toMatchObject({ code: 'not-found', details: { text: 'Condition/Cond-404 is not known' } });
  });

  it('caps _count and refuses a bad one, a repeated parameter or a cursor it did not give out', async () => {
    expect((await get('Patient?_count=100000')).body.link?.[0].url).toContain(`_count=${MAX_COUNT}`);
    const ours = (text: string) => ({ severity: 'error', code: 'invalid', details: { text } });
    for (const [query, issue] of [
      ['Patient?_count=0', ours('_count must be a whole number of at least 1, got "0"')],
      // The framework's own parameter check answers this one first.
      ['Patient?identifier=a&identifier=b', { severity: 'error', code: 'invalid', diagnostics: 'identifier is invalid' }],
      ['Patient?_cursor=not-ours!', ours('_cursor is not one this server gave out')],
      ['Condition?patient=Group/x', ours('patient must reference a Patient (Patient/<id>), got "Group/x"')],
    ] as const) {
      const { status, body } = await get(query);
      expect({ query, status, issue: body.issue?.[0] }).toEqual({ query, status: 400, issue });
    }
  });

  it('publishes an R4 CapabilityStatement', async () => {
    const { body } = await get('metadata');
    expect(body).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1' });
  });
});
