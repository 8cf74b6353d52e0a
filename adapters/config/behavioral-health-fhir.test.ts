/**
 * Behavioral health served from a FHIR R4 server through the configuration path a subgraph uses
 * (BEHAVIORAL_HEALTH_ADAPTER=fhir): the adapter is the FHIR one behind the resilience layer,
 * answers the generated population, and a server that is gone yields AGENCY_UNAVAILABLE naming
 * behavioral health at every key, within the time budget.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipUnlessAvailable } from '../../test/support/availability.js';
import { type SeededFhirServer, startSeededFhirServer } from '../behavioral-health/fhir/test-server/seeded-server.js';
import { AGENCY_UNAVAILABLE, AgencyUnavailableError } from '../resilience/agency-unavailable-error.js';
import { uniqueIdentifier } from '../sql/identifier.js';
import { DEFAULT_TEST_POSTGRES_URL, probePostgres, redactUrl } from '../sql/probe.js';
import { generatePopulation } from '../synthetic/generate.js';
import { adapterConfigFromEnv } from './adapter-config.js';
import { createConfiguredAdapters } from './create-adapters.js';

const connectionString = process.env.HUB_TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;
const skip = skipUnlessAvailable(`PostgreSQL at ${redactUrl(connectionString)}`, await probePostgres(connectionString));
/** A port nothing listens on (port 1 will not do: fetch refuses it as a "bad port" before connecting). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
const notNeeded = () => {
  throw new Error('not needed: the FHIR server holds the records');
};

describe.skipIf(skip)('behavioral health configured on a FHIR R4 server', () => {
  const data = generatePopulation({ size: 400, seed: 5 }).behavioralHealth;
  let server: SeededFhirServer;

  beforeAll(async () => {
    server = await startSeededFhirServer({ connectionString, schema: uniqueIdentifier('hub_test_fhircfg'), data, dropOnClose: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves the records the FHIR server holds, live, behind the resilience layer', async () => {
    const env = { BEHAVIORAL_HEALTH_ADAPTER: 'fhir', BEHAVIORAL_HEALTH_FHIR_URL: server.baseUrl };
    const configured = await createConfiguredAdapters(adapterConfigFromEnv(env), { only: ['behavioralHealth'], population: notNeeded });
    try {
      expect(configured.kinds.behavioralHealth).toBe('fhir');
      const bh = configured.adapters.behavioralHealth;
      expect(bh.capabilities).toEqual({ sourceSystem: 'behavioral-health', freshness: 'live', maxBatchSize: 1000 });
      const ids = data.patients.slice(0, 5).map((p) => p.localId);
      expect((await bh.patientsByIds([...ids, 'pat-nobody'])).map((p) => (p && !(p instanceof Error) ? p.localId : p))).toEqual([...ids, null]);
      const health = await bh.health();
      expect(health.status).toBe('up');
      expect(health.detail).toMatch(/answered its CapabilityStatement \(FHIR 4\.0\.1\); circuit closed/);
    } finally {
      await configured.close();
    }
  });

  it('answers AGENCY_UNAVAILABLE naming behavioral health at every key when the server is gone', async () => {
    const gone = `http://127.0.0.1:${await closedPort()}/fhir`;
    const env = { BEHAVIORAL_HEALTH_ADAPTER: 'fhir', BEHAVIORAL_HEALTH_FHIR_URL: gone, BEHAVIORAL_HEALTH_TIMEOUT_MS: '1500' };
    const configured = await createConfiguredAdapters(adapterConfigFromEnv(env), { only: ['behavioralHealth'], population: notNeeded });
    try {
      const started = performance.now();
      const answer = await configured.adapters.behavioralHealth.episodesByPatientIds(['pat-00000001', 'pat-00000002']);
      expect(performance.now() - started).toBeLessThan(1500 + 100);
      for (const entry of answer) {
        expect(entry).toBeInstanceOf(AgencyUnavailableError);
        expect(entry).toMatchObject({ agency: 'behavioral-health', code: AGENCY_UNAVAILABLE });
        expect((entry as Error).message).toMatch(new RegExp(`^behavioral-health is unavailable: FHIR server at ${gone} could not be reached .*ECONNREFUSED`));
      }
      expect((await configured.adapters.behavioralHealth.health()).status).toBe('down');
    } finally {
      await configured.close();
    }
  });
});
