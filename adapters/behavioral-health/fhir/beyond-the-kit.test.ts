/**
 * What the conformance kit cannot see from outside: the FHIR adapter answers a generated
 * population exactly as the embedded adapter does with pages far smaller than the results, a
 * batch costs a fixed number of HTTP requests whatever its size (no N+1), the Part 2 flag survives
 * a server that forgets the label, a malformed resource fails only its own key, and a wrong base
 * URL, a non-FHIR server, an OperationOutcome or a dead server each get an error that says which.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipUnlessAvailable } from '../../../test/support/availability.js';
import { isTransient } from '../../resilience/transient-errors.js';
import { uniqueIdentifier } from '../../sql/identifier.js';
import { DEFAULT_TEST_POSTGRES_URL, probePostgres, redactUrl } from '../../sql/probe.js';
import { generatePopulation } from '../../synthetic/generate.js';
import { createEmbeddedBehavioralHealthAdapter } from '../embedded.js';
import { createFhirBehavioralHealthAdapter } from './adapter.js';
import { PART2_LABELS } from './codes.js';
import { type SeededFhirServer, startSeededFhirServer } from './test-server/seeded-server.js';

const connectionString = process.env.HUB_TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;
const skip = skipUnlessAvailable(`PostgreSQL at ${redactUrl(connectionString)}`, await probePostgres(connectionString));

/** A plain HTTP server answering every request with `answer` (not a FHIR server, or a hostile one). */
async function fakeServer(answer: (url: string) => { status: number; type: string; body: string }): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const { status, type, body } = answer(req.url ?? '');
    res.writeHead(status, { 'content-type': type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Instants are served in UTC as `toISOString` gives them (as the SQL adapters serve them). Lists
 * are compared by id: the kit checks the orders the port promises (episodes newest first), and
 * leaves ties and unordered lists open.
 */
const canonical = (answer: unknown[]): unknown =>
  JSON.parse(
    JSON.stringify(answer.map((entry) => (Array.isArray(entry) ? [...entry].sort((a, b) => (a.id < b.id ? -1 : 1)) : entry)), (key, v) =>
      key === 'lastUpdated' ? new Date(v as string).toISOString() : v,
    ),
  );

const methods = ['patientsByIds', 'episodesByPatientIds', 'conditionsByPatientIds', 'carePlansByPatientIds'] as const;

describe.skipIf(skip)('FHIR behavioral health adapter, beyond the kit', () => {
  const data = generatePopulation({ size: 1500 }).behavioralHealth;
  const ids = data.patients.map((p) => p.localId);
  let server: SeededFhirServer;

  beforeAll(async () => {
    server = await startSeededFhirServer({ connectionString, schema: uniqueIdentifier('hub_test_fhirx'), data, dropOnClose: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers a generated population as the embedded adapter does, paging 7 resources at a time', async () => {
    expect(ids.length).toBeGreaterThan(50);
    const embedded = createEmbeddedBehavioralHealthAdapter(data);
    const fhir = createFhirBehavioralHealthAdapter({ baseUrl: server.baseUrl, pageSize: 7 });
    for (const method of methods) {
      const before = server.requestCount();
      const answer = await fhir[method](ids);
      // Far more than one page each: the adapter followed the Bundle next links to the end.
      expect(server.requestCount() - before, method).toBeGreaterThan(ids.length / 7);
      expect(canonical(answer), method).toEqual(canonical(await embedded[method](ids)));
    }
  });

  it('a batch costs a fixed number of requests whatever its size: one search for patients, one more for their resources', async () => {
    const fhir = createFhirBehavioralHealthAdapter({ baseUrl: server.baseUrl, pageSize: 1000, maxValueChars: 100_000 });
    const requests = async (call: () => Promise<unknown>) => {
      const before = server.requestCount();
      await call();
      return server.requestCount() - before;
    };
    for (const [method, expected] of [['patientsByIds', 1], ['episodesByPatientIds', 2], ['conditionsByPatientIds', 2], ['carePlansByPatientIds', 2]] as const) {
      expect({ method, one: await requests(() => fhir[method](ids.slice(0, 1))), many: await requests(() => fhir[method](ids.slice(0, 200))) }).toEqual({
        method,
        one: expected,
        many: expected,
      });
    }
  });

  it('splits long value lists over several requests and still answers every key', async () => {
    const fhir = createFhirBehavioralHealthAdapter({ baseUrl: server.baseUrl, maxValueChars: 500 });
    const before = server.requestCount();
    const answer = await fhir.patientsByIds(ids);
    expect(server.requestCount() - before).toBeGreaterThan(5);
    expect(answer.every((p) => p !== null && !(p instanceof Error))).toBe(true);
  });

  it('flags substance-use conditions from their 42 CFR Part 2 labels, and an unlabelled F1x diagnosis all the same', async () => {
    const sud = data.conditions.find((c) => c.substanceUse)!;
    const stored = await sql<{ resource: { meta: { security?: unknown[] } } }>`select resource from fhir_resource where resource_type = 'Condition' and id = ${sud.id}`.execute(server.db);
    expect(stored.rows[0].resource.meta.security).toEqual(PART2_LABELS);
    const fhir = createFhirBehavioralHealthAdapter({ baseUrl: server.baseUrl });
    const flagged = async () => ((await fhir.conditionsByPatientIds([sud.patientId]))[0] as Array<{ id: string; substanceUse: boolean }>).find((c) => c.id === sud.id)!.substanceUse;
    expect(await flagged()).toBe(true);
    await sql`update fhir_resource set resource = resource #- '{meta,security}' where resource_type = 'Condition' and id = ${sud.id}`.execute(server.db);
    try {
      expect(await flagged()).toBe(true);
    } finally {
      await sql`update fhir_resource set resource = jsonb_set(resource, '{meta,security}', ${JSON.stringify(PART2_LABELS)}::jsonb) where resource_type = 'Condition' and id = ${sud.id}`.execute(server.db);
    }
  });

  it('a resource the port cannot read fails only its own key, naming the resource and the element', async () => {
    const [bad, good] = [...new Set(data.episodes.map((e) => e.patientId))];
    const episode = data.episodes.find((e) => e.patientId === bad)!;
    await sql`update fhir_resource set resource = jsonb_set(resource, '{status}', '"paused"') where resource_type = 'EpisodeOfCare' and id = ${episode.id}`.execute(server.db);
    try {
      const [failed, answered] = await createFhirBehavioralHealthAdapter({ baseUrl: server.baseUrl }).episodesByPatientIds([bad, good]);
      expect(failed).toBeInstanceOf(Error);
      expect((failed as Error).name).toBe('FhirMappingError');
      expect((failed as Error).message).toBe(`EpisodeOfCare/${episode.id} has status "paused"; expected one of planned, waitlist, active, onhold, finished, cancelled, entered-in-error`);
      expect(Array.isArray(answered)).toBe(true);
    } finally {
      await sql`update fhir_resource set resource = jsonb_set(resource, '{status}', ${JSON.stringify(episode.status)}::jsonb) where resource_type = 'EpisodeOfCare' and id = ${episode.id}`.execute(server.db);
    }
  });

  it('is healthy when the server answers its CapabilityStatement', async () => {
    const health = await createFhirBehavioralHealthAdapter({ baseUrl: server.baseUrl }).health();
    expect(health).toMatchObject({ status: 'up', detail: `FHIR server at ${server.baseUrl} answered its CapabilityStatement (FHIR 4.0.1)` });
  });

  it('refuses a base URL that is not an http(s) URL when it is created', () => {
    for (const baseUrl of ['', 'ftp://ehr.example.org/fhir', 'ehr.example.org/fhir', 'http://ehr.example.org/fhir?x=1']) {
      expect(() => createFhirBehavioralHealthAdapter({ baseUrl }), baseUrl).toThrow(/is not an http\(s\) URL/);
    }
  });

  it('a base URL that is not the FHIR base: the OperationOutcome is quoted at every key', async () => {
    const answer = await createFhirBehavioralHealthAdapter({ baseUrl: `${server.baseUrl}/nope` }).patientsByIds([ids[0], ids[1]]);
    for (const entry of answer) {
      expect(entry).toBeInstanceOf(Error);
      expect((entry as Error).message).toBe(
        `FHIR server at ${server.baseUrl}/nope answered HTTP 404 to a Patient search by identifier: error/not-found: Invalid url: /4_0_1/nope/Patient`,
      );
    }
  });

  it('a server that is not FHIR: says so and asks whether the base URL is right', async () => {
    const html = await fakeServer(() => ({ status: 200, type: 'text/html', body: '<html><body>Welcome</body></html>' }));
    const json = await fakeServer(() => ({ status: 200, type: 'application/json', body: '{"status":"ok"}' }));
    try {
      const [fromHtml] = await createFhirBehavioralHealthAdapter({ baseUrl: html.url }).patientsByIds([ids[0]]);
      expect((fromHtml as Error).message).toMatch(/answered HTTP 200 to a Patient search by identifier with a body that is not FHIR JSON \("<html><body>Welcome.*is .* the FHIR base URL/);
      const [fromJson] = await createFhirBehavioralHealthAdapter({ baseUrl: json.url }).patientsByIds([ids[0]]);
      expect((fromJson as Error).message).toBe(`FHIR server at ${json.url} answered a Patient search by identifier with JSON without a resourceType, not a searchset Bundle; is ${json.url} the FHIR base URL?`);
      const health = await createFhirBehavioralHealthAdapter({ baseUrl: html.url }).health();
      expect(health.status).toBe('down');
    } finally {
      await html.close();
      await json.close();
    }
  });

  it('does not follow a next link to another origin', async () => {
    const bundle = { resourceType: 'Bundle', type: 'searchset', entry: [], link: [{ relation: 'next', url: 'http://elsewhere.example.org/fhir/Patient?page=2' }] };
    const hostile = await fakeServer(() => ({ status: 200, type: 'application/fhir+json', body: JSON.stringify(bundle) }));
    try {
      const [entry] = await createFhirBehavioralHealthAdapter({ baseUrl: hostile.url }).patientsByIds([ids[0]]);
      expect((entry as Error).message).toBe(`FHIR server at ${hostile.url} gave a Patient search by identifier a next link to another origin (http://elsewhere.example.org); not followed`);
    } finally {
      await hostile.close();
    }
  });

  it('a server that is gone: a connection-level error at every key, which the resilience layer retries and reports', async () => {
    const gone = await fakeServer(() => ({ status: 500, type: 'text/plain', body: '' }));
    await gone.close();
    const adapter = createFhirBehavioralHealthAdapter({ baseUrl: gone.url });
    const answer = await adapter.episodesByPatientIds([ids[0], ids[1]]);
    for (const entry of answer) {
      expect((entry as Error).message).toMatch(new RegExp(`^FHIR server at ${gone.url} could not be reached for a Patient search by identifier: .*ECONNREFUSED`));
      expect(isTransient(entry)).toBe(true);
    }
    expect((await adapter.health()).status).toBe('down');
  });
});
