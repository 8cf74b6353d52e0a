/**
 * Issue 4's fault test with behavioral health on a real FHIR R4 server (node-fhir-server-core in
 * its own process, over PostgreSQL): with its database down, the server slow beyond the time
 * budget (the process stopped) and the server killed, the person view and the caseload view still
 * return the other three agencies within the budget plus 100 ms of the request being sent to the
 * gateway (its request deadline caps every agency call), and the error names behavioral
 * health with a documented code (adapters/resilience/README.md). agency-faults.test.ts does the
 * same for every agency with the fault injected under the resilience layer.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFhirBehavioralHealthAdapter } from '../../adapters/behavioral-health/fhir/adapter.js';
import { seedFhirStore } from '../../adapters/behavioral-health/fhir/test-server/seed.js';
import { migrateFhirStore } from '../../adapters/behavioral-health/fhir/test-server/store.js';
import { AGENCY_TIMEOUT, AGENCY_UNAVAILABLE } from '../../adapters/resilience/agency-unavailable-error.js';
import { withResilience } from '../../adapters/resilience/with-resilience.js';
import { uniqueIdentifier } from '../../adapters/sql/identifier.js';
import { createPostgresKysely } from '../../adapters/sql/postgres-connection.js';
import { DEFAULT_TEST_POSTGRES_URL, probePostgres, redactUrl } from '../../adapters/sql/probe.js';
import type { SqlDb } from '../../adapters/sql/sql-db.js';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import type { SyntheticPopulation } from '../../adapters/synthetic/population.js';
import { CASELOAD_QUERY, PERSON_QUERY, SHOWCASE_PERSON_ID } from '../../gateway/src/explorer/example-operations.js';
import { skipUnlessAvailable } from '../support/availability.js';
import { type InProcessHub, startInProcessHub } from '../support/in-process-hub.js';
import { expectAgencyErrors, timedQuery } from '../support/fault-views.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';

const connectionString = process.env.HUB_TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;
const skip = skipUnlessAvailable(`PostgreSQL at ${redactUrl(connectionString)}`, await probePostgres(connectionString));

/** Real HTTP and a real database behind it: a budget a healthy FHIR server meets on a busy machine. */
const TIMEOUT_MS = 1000;
const BOUND_MS = TIMEOUT_MS + 100;
const AGENCY = 'behavioral-health';
const FIELD = 'behavioralHealth';
const OTHERS = ['childWelfare', 'dvServices', 'education'];
const CLI = fileURLToPath(new URL('../../adapters/behavioral-health/fhir/test-server/cli.ts', import.meta.url));

/** The FHIR server as its own process (node, not the tsx wrapper, so signals reach the server itself). */
async function startFhirProcess(postgres: string, schema: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--postgres', postgres, '--schema', schema, '--port', '0', '--existing'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let timer: NodeJS.Timeout | undefined;
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { baseUrl: string }).baseUrl);
    });
    child.stderr!.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`FHIR server exited (${code}) before it was ready:\n${output}`)));
    // Never leave a server behind: one that is not ready in a minute is killed, and the suite fails.
    timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`FHIR server was not ready within 60 s:\n${output}`));
    }, 60_000);
  }).finally(() => clearTimeout(timer));
  return { child, baseUrl };
}


describe.skipIf(skip)('behavioral health on a FHIR R4 server, stopped three ways', () => {
  const schema = uniqueIdentifier('hub_test_fhirfault');
  const timings: string[] = [];
  const baseline = { person: 0, caseload: 0 };
  let population: SyntheticPopulation;
  let admin: SqlDb;
  let proxy: TcpProxy;
  let fhir: ChildProcess;
  let hub: InProcessHub;


  beforeAll(async () => {
    population = generatePopulation();
    admin = createPostgresKysely({ connectionString, schema, max: 1 });
    await migrateFhirStore(admin, schema);
    await seedFhirStore(admin, population.behavioralHealth);
    // The FHIR server reaches PostgreSQL through a proxy the test can cut.
    const target = new URL(connectionString);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const proxied = new URL(connectionString);
    proxied.host = `127.0.0.1:${proxy.port}`;
    const started = await startFhirProcess(proxied.toString(), schema);
    fhir = started.child;
    const adapter = createFhirBehavioralHealthAdapter({ baseUrl: started.baseUrl });
    hub = await startInProcessHub({
      population,
      agencyTimeoutMs: TIMEOUT_MS,
      // The circuit is kept closed (minCalls out of reach) so each fault shows its own code.
      adapters: (adapters) => ({ ...adapters, behavioralHealth: withResilience(adapter, { timeoutMs: TIMEOUT_MS, circuit: { minCalls: 10_000 } }) }),
    });
    // Warm up while everything answers: behavioral health's part comes from the FHIR server.
    const person = (await hub.query(PERSON_QUERY)).body.data.person;
    for (const field of [FIELD, ...OTHERS]) expect(person[field], field).not.toBeNull();
    await hub.query(CASELOAD_QUERY);
    // The healthy cost of each view (the slowest of three), printed beside the faulty timings.
    for (const [name, query] of [['person', PERSON_QUERY], ['caseload', CASELOAD_QUERY]] as const) {
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push((await timedQuery(hub, query)).ms);
      baseline[name] = Math.max(...runs);
    }
  }, 120_000);

  afterAll(async () => {
    console.info(`behavioral health FHIR faults (budget ${TIMEOUT_MS} ms): ${timings.join(', ')}`);
    await hub?.close();
    if (fhir && fhir.exitCode === null && fhir.signalCode === null) fhir.kill('SIGKILL');
    await proxy?.close();
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin);
    await admin?.destroy();
  });

  // In this order: the last fault cannot be undone.
  const FAULTS = [
    { name: 'database down', code: AGENCY_UNAVAILABLE, stop: () => proxy.stop(), restore: () => proxy.start() },
    { name: 'slow beyond the timeout', code: AGENCY_TIMEOUT, stop: () => void fhir.kill('SIGSTOP'), restore: () => void fhir.kill('SIGCONT') },
    { name: 'FHIR server killed', code: AGENCY_UNAVAILABLE, stop: () => void fhir.kill('SIGKILL'), restore: undefined },
  ];

  describe.each(FAULTS)('($name)', ({ name, code, stop, restore }) => {
    let restored = false;
    const undo = async () => {
      if (restore && !restored) await restore();
      restored = true;
    };
    beforeAll(async () => {
      await stop();
    });
    afterAll(undo);

    it('the person view returns the other agencies in time, and names behavioral health', async () => {
      const { res, ms } = await timedQuery(hub, PERSON_QUERY);
      timings.push(`${name}: person ${ms} ms (healthy ${baseline.person} ms)`);
      const person = res.body.data.person;
      expect(person.id).toBe(SHOWCASE_PERSON_ID);
      expect(person[FIELD]).toBeNull();
      for (const other of OTHERS) expect(person[other], other).not.toBeNull();
      expectAgencyErrors(res.body.errors, AGENCY, [code]);
      expect(res.body.errors?.find((e) => e.extensions?.agency === AGENCY)?.path).toEqual(['person', FIELD]);
      expect(ms).toBeLessThanOrEqual(BOUND_MS);
    });

    it('the caseload view returns the other agencies in time, and names behavioral health', async () => {
      const { res, ms } = await timedQuery(hub, CASELOAD_QUERY);
      timings.push(`${name}: caseload ${ms} ms (healthy ${baseline.caseload} ms)`);
      expectAgencyErrors(res.body.errors, AGENCY, [code]);
      expect(ms).toBeLessThanOrEqual(BOUND_MS);
      const caseload = res.body.data.caseworker.caseload as Array<{ child: { person: Record<string, unknown> } }>;
      expect(caseload.length).toBeGreaterThan(0);
      for (const entry of caseload) expect(entry.child.person[FIELD]).toBeNull();
      const showcase = caseload.find((entry) => entry.child.person.id === SHOWCASE_PERSON_ID)!.child.person;
      for (const other of OTHERS) expect(showcase[other], other).not.toBeNull();
    });

    // A killed process has nothing to undo: the case exists only for faults that can be reversed.
    if (restore) it('serves behavioral health from the FHIR server again once the fault is undone', async () => {
      await undo();
      // The server's pool reconnects on its next query; a stopped process first works off its backlog.
      let person: Record<string, unknown> = {};
      for (let tries = 0; tries < 20 && !person[FIELD]; tries++) {
        if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 250));
        person = (await hub.query(PERSON_QUERY)).body.data.person;
      }
      expect(person[FIELD]).not.toBeNull();
    });
  });
});
