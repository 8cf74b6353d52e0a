/**
 * Federation, not a copied crosswalk: each agency subgraph learns its local id for a person
 * from identity's links, through the gateway, and from nowhere else.
 */
import { readdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import type { SyntheticPopulation } from '../../adapters/synthetic/population.js';
import { findShowcase } from '../../adapters/synthetic/showcase.js';
import { SUBGRAPHS_HEADER } from '../../gateway/src/query-plan.js';
import { OWN_LINKS_FIELD } from '../../subgraphs/shared/own-links.js';
import { signGatewayToken } from '../../subgraphs/shared/security/gateway-token.js';
import { OWN_STAFF } from '../../subgraphs/shared/testing/entities.js';
import { countingAdapters, type AdapterCall } from '../support/counting-adapters.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

const AGENCIES = ['child-welfare', 'behavioral-health', 'dv-shelter', 'schools'] as const;
const PERSON_VIEW = `query ($id: ID!) { person(id: $id) {
  id
  childWelfare { localId } behavioralHealth { localId } dvServices { localId } education { localId }
} }`;

describe('agency subgraphs learn local ids from identity', () => {
  const calls: AdapterCall[] = [];
  let hub: InProcessHub;
  let population: SyntheticPopulation;
  let personId: string;

  beforeAll(async () => {
    population = generatePopulation();
    personId = findShowcase(population).personId;
    hub = await startInProcessHub({
      population,
      adapters: (a) => countingAdapters(a, calls, { keepArgs: true }),
    });
  });
  afterAll(() => hub?.close());

  it("resolves every agency's record with the local id from identity's link", async () => {
    calls.length = 0;
    const res = await hub.query(PERSON_VIEW, { id: personId }, { 'apollo-query-plan-experimental': '1' });
    expect(res.body.errors).toBeUndefined();
    const links = population.identity.links.filter((l) => l.personId === personId);
    const person = res.body.data.person;
    const expected = (system: string) => links.find((l) => l.system === system)?.localId;
    expect(person.childWelfare.localId).toBe(expected('child-welfare'));
    expect(person.behavioralHealth.localId).toBe(expected('behavioral-health'));
    expect(person.dvServices.localId).toBe(expected('dv-shelter'));
    expect(person.education.localId).toBe(expected('schools'));

    // Identity first, then the agencies: the plan fetches links before any agency record.
    const called = res.headers.get(SUBGRAPHS_HEADER)!.split(',');
    expect(called[0]).toBe('identity');
    expect(new Set(called.slice(1))).toEqual(new Set(AGENCIES));
    // The agencies' adapters were asked for exactly the linked local ids.
    const asked = calls.filter((c) => c.adapter !== 'identity').map((c) => c.args);
    expect(asked).toContainEqual([expected('child-welfare')]);
    expect(asked).toContainEqual([expected('schools')]);
  });

  it('hands each agency only its own links (no agency learns which others serve the person)', async () => {
    const res = await hub.query(PERSON_VIEW, { id: personId }, { 'apollo-query-plan-experimental': '1' });
    const plan = String(res.body.extensions?.__queryPlanExperimental);
    const fetches = plan.split('Fetch(service: ').slice(1);
    for (const agency of AGENCIES) {
      const fetch = fetches.find((f) => f.startsWith(`"${agency}"`))!;
      const others = Object.entries(OWN_LINKS_FIELD).filter(([system]) => system !== agency);
      expect(fetch, agency).toContain(OWN_LINKS_FIELD[agency]);
      for (const [, field] of others) expect(fetch, `${agency} must not receive ${field}`).not.toContain(field);
      expect(fetch).not.toMatch(/\blinks\b/);
    }
  });

  it('an agency subgraph cannot resolve a person from the hub id alone: it keeps no crosswalk', async () => {
    for (const agency of AGENCIES) {
      // The agency's own staff: nothing but the missing links can stand in the way.
      const facts = { requestId: 'test', caller: OWN_STAFF[agency] };
      const field = { 'child-welfare': 'childWelfare', 'behavioral-health': 'behavioralHealth', 'dv-shelter': 'dvServices', schools: 'education' }[agency];
      // A genuine gateway token for this subgraph: only the missing links stop the lookup.
      const token = await signGatewayToken(facts, agency, hub.keys.gatewaySigning.privateKey);
      const res = await fetch(hub.subgraphs[agency].url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { ${field} { localId } } } }`,
          variables: { r: [{ __typename: 'Person', id: personId }] },
        }),
      });
      const body = await res.json();
      expect(body.errors, agency).toBeUndefined();
      expect(body.data._entities[0][field], agency).toBeNull();
    }
  });

  it('no agency dataset or agency subgraph source holds hub person ids', async () => {
    const hubId = /\bP-\d{6}\b/;
    for (const slice of [population.childWelfare, population.behavioralHealth, population.dvShelter, population.schools]) {
      expect(hubId.test(JSON.stringify(slice))).toBe(false);
    }
    for (const agency of AGENCIES) {
      const dir = new URL(`../../subgraphs/${agency}/`, import.meta.url);
      for (const file of await readdir(dir)) {
        if (file.endsWith('.test.ts')) continue;
        const source = await readFile(new URL(file, dir), 'utf8');
        expect(source, `${agency}/${file}`).not.toMatch(/adapters\/identity|identity\.links|population\.identity/);
      }
    }
  });
});
