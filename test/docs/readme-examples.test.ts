/**
 * The README's example queries and answers are the real ones: the queries are the explorer's
 * saved examples, and the answers are what the hub answers on the default synthetic data.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { CASELOAD_QUERY, PERSON_QUERY, SHOWCASE_PERSON_ID } from '../../gateway/src/explorer/example-operations.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const blocks = (lang: string) => [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

describe('README examples', () => {
  let hub: InProcessHub;
  beforeAll(async () => {
    hub = await startInProcessHub({ population: generatePopulation() });
  });
  afterAll(() => hub?.close());

  it('shows the saved example operations, verbatim', () => {
    expect(blocks('graphql')).toEqual([CASELOAD_QUERY, PERSON_QUERY]);
  });

  it("shows the caseload's real answer", async () => {
    const shown = JSON.parse(blocks('json')[0]);
    const live = (await hub.query(CASELOAD_QUERY)).body;
    const { caseload: shownCases, ...shownWorker } = shown.data.caseworker;
    const { caseload: liveCases, ...liveWorker } = live.data.caseworker;
    expect(shownWorker).toEqual(liveWorker);
    expect(shownCases[0]).toEqual(liveCases.find((c: any) => c.child.person.id === SHOWCASE_PERSON_ID));
  });

  it("shows the person view's real answer", async () => {
    expect(JSON.parse(blocks('json')[1])).toEqual((await hub.query(PERSON_QUERY)).body);
  });
});
