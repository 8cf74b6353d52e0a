/**
 * Issue 4's fault test: with each agency in turn stopped (its system refusing connections, or
 * hanging past the time budget), the person view and the caseload view still return the other
 * agencies' data within the budget plus 100 ms of the request being sent to the gateway (the
 * gateway's request deadline caps every agency call, adapters/resilience/request-deadline.ts), and
 * the missing part's error names the agency with a documented code (adapters/resilience/README.md).
 * The fault sits under `withResilience`, exactly where an agency system sits under a configured
 * adapter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubAdapters } from '../../adapters/embedded-adapters.js';
import type { AdapterBase } from '../../adapters/port/batch-contract.js';
import { AGENCY_TIMEOUT, AGENCY_UNAVAILABLE } from '../../adapters/resilience/agency-unavailable-error.js';
import { withResilience } from '../../adapters/resilience/with-resilience.js';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import type { SyntheticPopulation } from '../../adapters/synthetic/population.js';
import { CASELOAD_QUERY, PERSON_QUERY, SHOWCASE_PERSON_ID } from '../../gateway/src/explorer/example-operations.js';
import { ACCESS_DENIED } from '../../subgraphs/shared/policy/access-denied.js';
import { expectAgencyErrors, timedQuery } from '../support/fault-views.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

const TIMEOUT_MS = 300;
/** The most a view may take with an agency stopped, counted from before the request is sent: the budget plus 100 ms. */
const BOUND_MS = TIMEOUT_MS + 100;

type Mode = 'none' | 'hang' | 'refuse';
const CODE_OF: Record<Exclude<Mode, 'none'>, string> = { hang: AGENCY_TIMEOUT, refuse: AGENCY_UNAVAILABLE };

/** Each agency: its adapter in `HubAdapters`, and its part of a person in the schema. */
const AGENCIES = [
  { agency: 'child-welfare', domain: 'childWelfare', field: 'childWelfare' },
  { agency: 'behavioral-health', domain: 'behavioralHealth', field: 'behavioralHealth' },
  { agency: 'dv-shelter', domain: 'dvShelter', field: 'dvServices' },
  { agency: 'schools', domain: 'schools', field: 'education' },
] as const;
const FIELDS = AGENCIES.map((a) => a.field);

/**
 * Views that lawfully depend on another agency's facts: with child welfare stopped the district
 * cannot verify the caseworker's assignment (FERPA 34 CFR 99.31(a)(1)(i)(L)), so education is
 * denied, not lost to an outage — and says so with ACCESS_DENIED.
 */
const DEPENDS_ON: Partial<Record<string, string[]>> = { 'child-welfare': ['education'] };

/** The agency system stopped: every batch call hangs forever, or is refused as a dead server's would be. */
function stoppable<A extends AdapterBase>(adapter: A, fault: { mode: Mode }): A {
  return new Proxy(adapter, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function' || property === 'health' || property === 'close') return value;
      return (...args: unknown[]) => {
        if (fault.mode === 'hang') return new Promise(() => {});
        if (fault.mode === 'refuse') return Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}


let population: SyntheticPopulation;
beforeAll(() => {
  population = generatePopulation();
});

describe.each(AGENCIES)('with $agency stopped', ({ agency, domain, field }) => {
  const fault = { mode: 'none' as Mode };
  const timings: string[] = [];
  const baseline = { person: 0, caseload: 0 };
  let hub: InProcessHub;


  beforeAll(async () => {
    hub = await startInProcessHub({
      population,
      agencyTimeoutMs: TIMEOUT_MS,
      adapters: (adapters: HubAdapters) => ({
        ...adapters,
        // The circuit is kept closed here (minCalls out of reach) so each fault shows its own code;
        // the circuit itself is tested in adapters/resilience/.
        [domain]: withResilience(stoppable(adapters[domain] as AdapterBase, fault), { timeoutMs: TIMEOUT_MS, circuit: { minCalls: 10_000 } }),
      }),
    });
    // Warm up (query plans, loaders, first-use work) while every agency answers. The first query
    // on a busy machine may spend the small budget on first-use work, so it gets a few tries.
    let person = await hub.query(PERSON_QUERY);
    for (let tries = 1; tries < 5 && FIELDS.some((f) => person.body.data.person[f] === null); tries++) person = await hub.query(PERSON_QUERY);
    for (const f of FIELDS) expect(person.body.data.person[f]).not.toBeNull();
    await hub.query(CASELOAD_QUERY);
    // What each view costs with every agency answering (the slowest of three), printed beside
    // the faulty timings for comparison; the bound itself is absolute.
    for (const [name, query] of [['person', PERSON_QUERY], ['caseload', CASELOAD_QUERY]] as const) {
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push((await timedQuery(hub, query)).ms);
      baseline[name] = Math.max(...runs);
    }
  });
  afterAll(async () => {
    console.info(`agency faults, ${agency} stopped (budget ${TIMEOUT_MS} ms): ${timings.join(', ')}`);
    await hub?.close();
  });

  describe.each(['refuse', 'hang'] as const)('(%s)', (mode) => {
    beforeAll(() => {
      fault.mode = mode;
    });
    afterAll(() => {
      fault.mode = 'none';
    });

    it('the person view returns the other agencies in time, and names the stopped one', async () => {
      const { res, ms } = await timedQuery(hub, PERSON_QUERY);
      timings.push(`person/${mode} ${ms} ms (healthy ${baseline.person} ms)`);
      const person = res.body.data.person;
      expect(person.id).toBe(SHOWCASE_PERSON_ID);
      expect(person[field]).toBeNull();
      const dependent = DEPENDS_ON[agency] ?? [];
      for (const other of FIELDS.filter((f) => f !== field && !dependent.includes(f))) expect(person[other], other).not.toBeNull();
      for (const other of dependent) {
        expect(person[other], other).toBeNull();
        expect(res.body.errors?.find((e) => e.path?.at(-1) === other)?.extensions?.code).toBe(ACCESS_DENIED);
      }
      expectAgencyErrors(res.body.errors, agency, [CODE_OF[mode]]);
      expect(res.body.errors?.find((e) => e.extensions?.agency === agency)?.path).toEqual(['person', field]);
      expect(ms).toBeLessThanOrEqual(BOUND_MS);
    });

    it('the caseload view returns the other agencies in time, and names the stopped one', async () => {
      const { res, ms } = await timedQuery(hub, CASELOAD_QUERY);
      timings.push(`caseload/${mode} ${ms} ms (healthy ${baseline.caseload} ms)`);
      expectAgencyErrors(res.body.errors, agency, [CODE_OF[mode]]);
      expect(ms).toBeLessThanOrEqual(BOUND_MS);
      if (agency === 'child-welfare') {
        // The caseload itself is child welfare's: without it there is no list to hang the rest on.
        expect(res.body.data.caseworker).toBeNull();
        return;
      }
      const caseload = res.body.data.caseworker.caseload as Array<{ child: { person: Record<string, unknown> } }>;
      expect(caseload.length).toBeGreaterThan(0);
      for (const entry of caseload) expect(entry.child.person[field]).toBeNull();
      const showcase = caseload.find((entry) => entry.child.person.id === SHOWCASE_PERSON_ID)!.child.person;
      for (const other of FIELDS.filter((f) => f !== field)) expect(showcase[other], other).not.toBeNull();
    });
  });
});
