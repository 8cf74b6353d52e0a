/**
 * The behavioral health demographics reader against the project's FHIR R4 test server over a real
 * PostgreSQL, seeded from the generator. A few Patients are then given what provider EHRs carry:
 * gender, a US SSN identifier, a home address beside an old one, a name suffix, a partial birth
 * date, a birth date missing with a data-absent-reason; and one Patient without an MRN. Pages of
 * 3 (`_count`) through the Bundle's next links must yield every patient with an MRN once.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipUnlessAvailable } from '../../../test/support/availability.js';
import { readAllDemographics, type DemographicRecord } from '../../port/demographics.js';
import { uniqueIdentifier } from '../../sql/identifier.js';
import { createPostgresKysely } from '../../sql/postgres-connection.js';
import { DEFAULT_TEST_POSTGRES_URL, probePostgres, redactUrl } from '../../sql/probe.js';
import type { SqlDb } from '../../sql/sql-db.js';
import { generatePopulation } from '../../synthetic/generate.js';
import { createFhirBehavioralHealthAdapter } from './adapter.js';
import { DATA_ABSENT_REASON_URL } from './data-absent-reason.js';
import { US_SSN_SYSTEM } from './codes.js';
import { seedFhirStore } from './test-server/seed.js';
import { type RunningFhirServer, startFhirTestServer } from './test-server/server.js';
import { migrateFhirStore } from './test-server/store.js';
import { patientLogicalId } from './to-fhir.js';

const connectionString = process.env.HUB_TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;
const skip = skipUnlessAvailable(`PostgreSQL at ${redactUrl(connectionString)}`, await probePostgres(connectionString));

const population = generatePopulation({ size: 300, seed: 9 });
const data = population.behavioralHealth;
const people = new Map(population.people.map((p) => [p.personId, p]));
const truth = new Map(population.identity.links.filter((l) => l.system === 'behavioral-health').map((l) => [l.localId, people.get(l.personId)!]));
const withSsn = data.patients.filter((p) => truth.get(p.localId)?.ssn).map((p) => p.localId);
const [full, partialDob, absentDob, other] = withSsn;

describe.skipIf(skip)('FHIR demographics reader (FHIR test server over PostgreSQL)', () => {
  const schema = uniqueIdentifier('hub_test_fhir_demo');
  let db: SqlDb;
  let server: RunningFhirServer;
  const patch = (mrn: string, json: object) =>
    sql`update fhir_resource set resource = resource || ${JSON.stringify(json)}::jsonb where resource_type = 'Patient' and id = ${patientLogicalId(mrn)}`.execute(db);

  beforeAll(async () => {
    db = createPostgresKysely({ connectionString, schema, max: 4 });
    await migrateFhirStore(db, schema);
    server = await startFhirTestServer({ db });
    await seedFhirStore(db, data);
    const t = truth.get(full)!;
    const official = data.patients.find((p) => p.localId === full)!;
    await patch(full, {
      gender: t.sex === 'FEMALE' ? 'female' : 'male',
      name: [{ use: 'usual', given: ['Nick'] }, { use: 'official', family: official.familyName, given: [official.givenName, 'Ray'], suffix: ['III'] }],
      address: [{ use: 'old', postalCode: '00501' }, { use: 'home', postalCode: `${t.zip}-4321` }],
    });
    await sql`update fhir_resource set resource = jsonb_set(resource, '{identifier}', (resource->'identifier') || ${JSON.stringify([{ system: US_SSN_SYSTEM, value: `${t.ssn!.slice(0, 3)}-${t.ssn!.slice(3, 5)}-${t.ssn!.slice(5)}` }])}::jsonb) where id = ${patientLogicalId(full)}`.execute(db);
    await patch(partialDob, { birthDate: '1990-04', identifier: [{ system: 'https://bh.example.org/fhir/sid/mrn', value: partialDob }, { system: US_SSN_SYSTEM, value: 'xxx-xx-1234' }] });
    await sql`update fhir_resource set resource = (resource - 'birthDate') || ${JSON.stringify({ _birthDate: { extension: [{ url: DATA_ABSENT_REASON_URL, valueCode: 'asked-declined' }] } })}::jsonb where id = ${patientLogicalId(absentDob)}`.execute(db);
    await patch(other, { gender: 'other' });
    // A Patient the port cannot address (no MRN): not a record for linkage.
    const orphan = { resourceType: 'Patient', id: 'bhp-no-mrn', meta: { lastUpdated: '2026-01-01T00:00:00Z' }, name: [{ family: 'Nomrn', given: ['Pat'] }] };
    await sql`insert into fhir_resource (resource_type, id, patient_id, last_updated, resource) values ('Patient', 'bhp-no-mrn', null, now(), ${JSON.stringify(orphan)}::jsonb)`.execute(db);
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
    await db.destroy();
  });

  it('pages of 3 through the next links: every patient with an MRN once, no page over 3', async () => {
    const source = createFhirBehavioralHealthAdapter({ baseUrl: server.baseUrl }).demographics!();
    const sizes: number[] = [];
    const records = await readAllDemographics(source, 3, (n) => sizes.push(n));
    expect(sizes.length).toBeGreaterThan(data.patients.length / 3 - 1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    expect(records.map((r) => r.localId).sort()).toEqual(data.patients.map((p) => p.localId).sort());
    const first = await source.page(null, 3);
    expect(new URL(first.next!).origin).toBe(new URL(server.baseUrl).origin);
    // A cursor is the server's next link; one on another origin is refused, not followed.
    await expect(source.page('http://127.0.0.2:9/Patient?_cursor=x', 3)).rejects.toThrow(/another origin/);
  });

  it('names, birth dates, gender, SSN and home ZIP as the Patients hold them', async () => {
    const source = createFhirBehavioralHealthAdapter({ baseUrl: server.baseUrl }).demographics!();
    const got = new Map((await readAllDemographics(source, 50)).map((r): [string, DemographicRecord] => [r.localId, r]));
    for (const p of data.patients.filter((x) => ![full, partialDob, absentDob, other].includes(x.localId))) {
      expect(got.get(p.localId)).toEqual({
        system: 'behavioral-health', localId: p.localId, firstName: p.givenName, middleName: null, lastName: p.familyName, suffix: null,
        birthDate: p.birthDate, sex: null, ssn: null, zip: null, dataQuality: p.birthDate === null ? expect.anything() : null,
      });
    }
    const t = truth.get(full)!;
    const official = data.patients.find((p) => p.localId === full)!;
    expect(got.get(full)).toMatchObject({ firstName: official.givenName, middleName: 'Ray', lastName: official.familyName, suffix: 'III', sex: t.sex, ssn: t.ssn, zip: t.zip });
    expect(got.get(partialDob)).toMatchObject({ birthDate: null, ssn: null, dataQuality: { birthDate: 2 } });
    expect(got.get(absentDob)).toMatchObject({ birthDate: null, dataQuality: { birthDate: 9 } });
    expect(got.get(other)).toMatchObject({ sex: 'UNKNOWN' });
  });
});
