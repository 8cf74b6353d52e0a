/**
 * `npm run adapter:check` on behavioral health over FHIR R4, as a child process against the
 * project's FHIR test server over real PostgreSQL, seeded from the generator: known answers pass
 * the whole kit; on "own data" a failing check names positions and kinds, never a value (HIPAA
 * minimum necessary, 45 CFR 164.502(b); 42 CFR Part 2); a server that does not answer is named
 * with how to start it, exit 1.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipUnlessAvailable } from '../../test/support/availability.js';
import { type SeededFhirServer, startSeededFhirServer } from '../behavioral-health/fhir/test-server/seeded-server.js';
import { uniqueIdentifier } from '../sql/identifier.js';
import { DEFAULT_TEST_POSTGRES_URL, probePostgres, redactUrl } from '../sql/probe.js';
import { generatePopulation } from '../synthetic/generate.js';
import type { BehavioralHealthDataset } from '../synthetic/population.js';
import { runCheckCli } from './run-check-cli.js';

const connectionString = process.env.HUB_TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;
const skip = skipUnlessAvailable(`PostgreSQL at ${redactUrl(connectionString)}`, await probePostgres(connectionString));

const SEEDED = { seed: 7, size: 200 };
const env = (url: string) => ({ BEHAVIORAL_HEALTH_ADAPTER: 'fhir', BEHAVIORAL_HEALTH_FHIR_URL: url });

/**
 * The seeded population plus, for every patient, a twin whose MRN differs only in case (as in a
 * store whose ids fold case): whichever patient the server lists first, the kit expects its
 * case flip to be unknown, and it is not.
 */
function withCaseTwins(): BehavioralHealthDataset {
  const data = generatePopulation(SEEDED).behavioralHealth;
  const twins = data.patients.map((p, i) => ({ ...p, localId: p.localId.toUpperCase(), givenName: `Twingiven${i}`, birthDate: '1977-07-17' }));
  if (twins.some((twin, i) => twin.localId === data.patients[i].localId)) throw new Error('an MRN without letters has no case twin');
  data.patients.push(...twins);
  return data;
}

/** Every string a patient, episode, condition or care plan holds: what a report must not quote. */
function recordValues(data: BehavioralHealthDataset): string[] {
  const rows: object[] = [...data.patients, ...data.episodes, ...data.conditions, ...data.carePlans];
  return rows.flatMap((row) => Object.entries(row).filter(([k, v]) => k !== 'provenance' && typeof v === 'string' && v.length > 3).map(([, v]) => v as string));
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.skipIf(skip)('npm run adapter:check --domain behavioral-health on a FHIR R4 server', () => {
  const twinned = withCaseTwins();
  let seeded: SeededFhirServer;
  let twins: SeededFhirServer;

  beforeAll(async () => {
    [seeded, twins] = await Promise.all([
      startSeededFhirServer({ connectionString, schema: uniqueIdentifier('hub_test_fhirchk'), data: generatePopulation(SEEDED).behavioralHealth, dropOnClose: true }),
      startSeededFhirServer({ connectionString, schema: uniqueIdentifier('hub_test_fhirtwin'), data: twinned, dropOnClose: true }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([seeded?.close(), twins?.close()]);
  });

  it('runs the whole kit against the server seeded with the population and passes, exit 0', async () => {
    const { code, out } = await runCheckCli(['--domain', 'behavioral-health', '--env', '--seeded-with', `${SEEDED.seed}/${SEEDED.size}`], env(seeded.baseUrl));
    expect(out).toContain(`✓ configuration: behavioral-health on fhir at ${seeded.baseUrl}, local ids in Patient.identifier system https://bh.example.org/fhir/sid/mrn`);
    expect(out).toContain(`✓ health: up — FHIR server at ${seeded.baseUrl} answered its CapabilityStatement (FHIR 4.0.1)`);
    expect(out).toContain('✓ capabilities: the CapabilityStatement declares every search the adapter uses');
    expect(out).toContain('✓ contract: episodesByPatientIds: known keys answer exactly the records the store holds, in key order');
    expect(out).toMatch(/^PASS: preflight passed; conformance checks: \d+ passed, 0 failed, \d+ skipped\.$/m);
    expect(code).toBe(0);
  }, 120_000);

  it('on own data, passes what it can judge without known answers', async () => {
    const { code, out } = await runCheckCli(['--domain', 'behavioral-health', '--adapter', 'fhir', '--fhir-url', seeded.baseUrl, '--sample', '5']);
    expect(out).toContain('✓ expectations: your own data — the MRNs (https://bh.example.org/fhir/sid/mrn) of the first 5 patients the server lists');
    expect(out).toMatch(/- skipped: contract: patientsByIds: known keys answer exactly .*\n {4}needs known answers/);
    expect(out).toMatch(/^PASS: preflight passed; conformance checks: \d+ passed, 0 failed, \d+ skipped\.$/m);
    expect(code).toBe(0);
  }, 120_000);

  it('on own data, a failing check says which position failed and quotes no MRN, name or date', async () => {
    const { code, out } = await runCheckCli(['--domain', 'behavioral-health', '--adapter', 'fhir', '--fhir-url', twins.baseUrl, '--sample', '1']);
    expect(out).toMatch(/✗ contract: patientsByIds: .*\n {4}patientsByIds: key ‹a string› at index \d+ is unknown and must answer null, answered ‹an object: localId/);
    expect(out).toMatch(/^FAIL: preflight passed; conformance checks: \d+ passed, [1-9]\d* failed/m);
    expect(code).toBe(1);
    const values = recordValues(twinned);
    expect(values.length).toBeGreaterThan(20);
    expect(values.filter((value) => out.includes(value))).toEqual([]);
  }, 120_000);

  it('names a server that does not answer and how to start one, and exits 1', async () => {
    const gone = `http://127.0.0.1:${await closedPort()}/fhir`;
    const { code, out } = await runCheckCli(['--domain', 'behavioral-health', '--env'], env(gone));
    expect(out).toMatch(new RegExp(`✗ health: down — FHIR server at ${gone} could not be reached`));
    expect(out).toContain(`✗     no FHIR R4 server answered ${gone}/metadata with a CapabilityStatement. Start it (the test server: \`npm run fhir:serve\`), or correct BEHAVIORAL_HEALTH_FHIR_URL`);
    expect(out).toMatch(/^FAIL: 2 preflight step\(s\) failed/m);
    expect(code).toBe(1);
  }, 60_000);
});
