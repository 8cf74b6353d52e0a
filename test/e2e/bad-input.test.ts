/**
 * Bad input gets a clear error and loses nothing: malformed queries and bodies, impossible ids,
 * and an agency subgraph that is down while the others still answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { SHOWCASE_PERSON_ID } from '../../gateway/src/explorer/example-operations.js';
import { SUBGRAPH_UNAVAILABLE } from '../../gateway/src/agency-data-source.js';
import { INVALID_ID_CODE } from '../../subgraphs/shared/load-record.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

async function post(url: string, body: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
}

describe('bad input through the gateway', () => {
  let hub: InProcessHub;

  beforeAll(async () => {
    hub = await startInProcessHub({ population: generatePopulation() });
  });
  afterAll(() => hub?.close());

  it('a malformed query is a 400 naming the syntax error', async () => {
    const res = await hub.query('{ person(id: "P-000001") { id ');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(res.body.errors?.[0].message).toMatch(/Syntax Error/);
  });

  it('a field that does not exist is a 400 naming the field', async () => {
    const res = await hub.query('{ person(id: "P-000001") { shoeSize } }');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].message).toMatch(/shoeSize/);
  });

  it('a body that is not JSON, or too large, gets a JSON error, not an HTML stack trace', async () => {
    const notJson = await post(hub.gateway.graphqlUrl, '{"query": ');
    expect(notJson.status).toBe(400);
    expect(notJson.type).toMatch(/application\/json/);
    expect(notJson.body.errors[0].message).toBe('The request body is not valid JSON.');

    const tooLarge = await post(hub.gateway.graphqlUrl, JSON.stringify({ query: `{ __typename }${' '.repeat(200_000)}` }));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.errors[0].message).toMatch(/larger than the 100kb limit/);
  });

  it('an id no agency system could hold is refused per key, with the rest of the answer intact', async () => {
    const res = await hub.query(`{
      bad: localRecord(system: "schools", localId: "'; DROP TABLE students; --") { person { id } }
      good: person(id: "${SHOWCASE_PERSON_ID}") { id }
    }`);
    expect(res.body.data).toEqual({ bad: { person: null }, good: { id: SHOWCASE_PERSON_ID } });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: INVALID_ID_CODE, agency: 'identity' });
  });

  it('with one agency subgraph down, the others still answer and the error names it', async () => {
    await hub.subgraphs['dv-shelter'].close();
    const res = await hub.query(`{ person(id: "${SHOWCASE_PERSON_ID}") {
      id childWelfare { localId } education { localId } behavioralHealth { localId } dvServices { localId }
    } }`);
    const person = res.body.data.person;
    expect(person.childWelfare.localId).toBeTruthy();
    expect(person.education.localId).toBeTruthy();
    expect(person.behavioralHealth.localId).toBeTruthy();
    expect(person.dvServices).toBeNull();
    expect(res.body.errors).toEqual([
      expect.objectContaining({ extensions: { code: SUBGRAPH_UNAVAILABLE, subgraph: 'dv-shelter' } }),
    ]);

    const health = await (await fetch(new URL('/health', hub.gateway.url))).json();
    expect(health.status).toBe('degraded');
    expect(health.subgraphs['dv-shelter'].status).toBe('down');
    expect(health.subgraphs.schools.status).toBe('up');
  });
});
