/**
 * Child welfare's own policy: its case data goes to the agency's own staff whose work needs it
 * (caseworkers, supervisors) and to nobody else yet; a caseload is audited child by child.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { CASELOAD_QUERY, SHOWCASE_CASEWORKER_ID, SHOWCASE_PERSON_ID } from '../../gateway/src/explorer/example-operations.js';
import { ACCESS_DENIED } from '../../subgraphs/shared/policy/access-denied.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

const population = generatePopulation();

describe('child welfare policy through the gateway', () => {
  let hub: InProcessHub;
  beforeAll(async () => {
    hub = await startInProcessHub({ population });
  });
  afterAll(() => hub?.close());

  it('audits a caseload disclosure once per child on it', async () => {
    const res = await hub.query(CASELOAD_QUERY);
    const size = res.body.data.caseworker.caseloadSize;
    const entries = await hub.auditStores['child-welfare'].disclosuresFor({ system: 'child-welfare', decision: 'PERMIT' });
    const children = new Set(entries.filter((e) => e.fields.includes('Caseworker.caseload')).map((e) => e.localId));
    expect(children.size).toBe(size);
  });

  it('refuses case data to other organizations, whatever their role', async () => {
    for (const as of ['school-counselor', 'bh-clinician', 'dv-advocate'] as const) {
      const token = await hub.tokenFor(as);
      const caseload = await hub.query(`{ caseworker(id: "${SHOWCASE_CASEWORKER_ID}") { caseload { caseId } } }`, {}, { authorization: `Bearer ${token}` });
      expect(caseload.body.data.caseworker, as).toBeNull();
      expect(caseload.body.errors?.[0].extensions?.code, as).toBe(ACCESS_DENIED);
      const person = await hub.query(`{ person(id: "${SHOWCASE_PERSON_ID}") { childWelfare { localId } } }`, {}, { authorization: `Bearer ${token}` });
      expect(person.body.data.person.childWelfare, as).toBeNull();
    }
  });

  it("lets the agency's supervisor see a child's record", async () => {
    const res = await hub.query(`{ person(id: "${SHOWCASE_PERSON_ID}") { childWelfare { localId } } }`, {}, {
      authorization: `Bearer ${await hub.tokenFor('supervisor')}`,
    });
    expect(res.body.data.person.childWelfare.localId).toBeTruthy();
  });
});
