/**
 * The two entry points dashboards are built on, run exactly as the explorer and README show
 * them, through the gateway.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { findShowcase } from '../../adapters/synthetic/showcase.js';
import {
  CASELOAD_QUERY,
  PERSON_QUERY,
  SHOWCASE_CASEWORKER_ID,
  SHOWCASE_PERSON_ID,
} from '../../gateway/src/explorer/example-operations.js';
import { expectOnlyDenials } from '../support/denials.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

describe('entry points', () => {
  let hub: InProcessHub;
  const population = generatePopulation();

  beforeAll(async () => {
    hub = await startInProcessHub({ population });
  });
  afterAll(() => hub?.close());

  it("the examples' ids are the default population's showcase (update example-operations.ts if not)", () => {
    expect(findShowcase(population)).toEqual({ personId: SHOWCASE_PERSON_ID, caseworkerId: SHOWCASE_CASEWORKER_ID });
  });

  it('person(id) answers with all four agencies, each with provenance', async () => {
    const res = await hub.query(PERSON_QUERY);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const person = res.body.data.person;
    expect(person.id).toBe(SHOWCASE_PERSON_ID);
    // The DV link is never shown outside the DV program (VAWA); its view still arrives, under the release.
    expect(person.links.map((l: { system: string }) => l.system).sort()).toEqual(['behavioral-health', 'child-welfare', 'schools']);
    expect(person.childWelfare.openCase.caseId).toBeTruthy();
    expect(person.childWelfare.provenance.sourceSystem).toBe('child-welfare');
    expect(person.education.activeIep.iepBeginDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(person.behavioralHealth.openEpisode.status).toBe('ACTIVE');
    expect(person.behavioralHealth.crisisPlanOnFile).toBe(true);
    expect(person.dvServices.enrollments.length).toBeGreaterThan(0);
  });

  it("the caseload answers each child's placement, school, BH and DV views in one query", async () => {
    const res = await hub.query(CASELOAD_QUERY);
    // Children whose DV program holds no release for the caseworker: denied, uniformly.
    expectOnlyDenials(res.body.errors);
    const worker = res.body.data.caseworker;
    expect(worker.caseworkerId).toBe(SHOWCASE_CASEWORKER_ID);
    expect(worker.caseload).toHaveLength(worker.caseloadSize);
    const showcase = worker.caseload.find((c: any) => c.child.person?.id === SHOWCASE_PERSON_ID);
    expect(showcase.currentPlacement.setting).toBeTruthy();
    const person = showcase.child.person;
    expect(person.education.hasActiveIep).toBe(true);
    expect(typeof person.education.attendance.rate).toBe('number');
    expect(person.behavioralHealth.crisisPlanOnFile).toBe(true);
    expect(person.dvServices).not.toBeNull();
  });

  it('an unknown caseworker is null; an unknown person is a person with no links (the hub never says whom it knows)', async () => {
    const res = await hub.query('{ person(id: "P-999999") { id links { system } childWelfare { localId } } caseworker(id: "CW-W-9999") { caseworkerId } }');
    expect(res.body).toEqual({ data: { person: { id: 'P-999999', links: [], childWelfare: null }, caseworker: null } });
  });

  it('the reverse lookup turns an agency local id into the person', async () => {
    const link = population.identity.links.find((l) => l.personId === SHOWCASE_PERSON_ID && l.system === 'schools')!;
    const res = await hub.query(
      'query ($s: String!, $l: ID!) { localRecord(system: $s, localId: $l) { person { id education { localId } } } }',
      { s: 'schools', l: link.localId },
    );
    expect(res.body.data.localRecord.person).toEqual({ id: SHOWCASE_PERSON_ID, education: { localId: link.localId } });
  });
});
