/**
 * The school district's rule in its own subgraph (FERPA 34 CFR 99.31(a)(1)(i)(L)): education
 * records go to the caseworker assigned to the child, of the agency with placement and care
 * responsibility, without consent — to any other caseworker only with a consent (99.30). The
 * assignment facts come from child welfare through the query planner, not from the caller.
 */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { DEMO_ISSUER, HUB_AUDIENCE } from '../../gateway/src/auth/demo-issuer.js';
import { SHOWCASE_CASEWORKER_ID, SHOWCASE_PERSON_ID } from '../../gateway/src/explorer/example-operations.js';
import { ACCESS_DENIED } from '../../subgraphs/shared/policy/access-denied.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

const population = generatePopulation();
const EDUCATION = 'query ($id: ID!) { person(id: $id) { education { localId } } }';

describe('FERPA (b)(1)(L) through the gateway', () => {
  let hub: InProcessHub;
  beforeAll(async () => {
    hub = await startInProcessHub({ population });
  });
  afterAll(() => hub?.close());

  const caseworkerToken = (subject: string, org = 'county-child-welfare') =>
    new SignJWT({ name: subject, org, roles: ['caseworker'], purpose_of_use: 'COC' })
      .setProtectedHeader({ alg: 'ES256' }).setIssuer(DEMO_ISSUER).setAudience(HUB_AUDIENCE).setSubject(subject)
      .setExpirationTime('5m').sign(hub.keys.demoIssuer.privateKey);
  const ask = async (token: string, id = SHOWCASE_PERSON_ID) => hub.query(EDUCATION, { id }, { authorization: `Bearer ${token}` });

  it('releases the education record to the assigned caseworker, citing (b)(1)(L) in the audit', async () => {
    const res = await ask(await caseworkerToken(SHOWCASE_CASEWORKER_ID));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.person.education.localId).toBeTruthy();
    const entries = await hub.auditStores.schools.disclosuresFor({ personId: SHOWCASE_PERSON_ID });
    expect(entries[0]).toMatchObject({ decision: 'PERMIT', labels: ['EDU'], legalBasis: expect.stringMatching(/99\.31\(a\)\(1\)\(i\)\(L\)/) });
  });

  it('refuses another caseworker of the same agency, who is not assigned to the child', async () => {
    const res = await ask(await caseworkerToken('CW-W-0001'));
    expect(res.body.data.person.education).toBeNull();
    expect(res.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
  });

  it('refuses an account with the assigned caseworker\'s subject id at another organization', async () => {
    // A second identity provider could hand out the same subject id: the assignment binds both.
    const res = await ask(await caseworkerToken(SHOWCASE_CASEWORKER_ID, 'neighbouring-county-child-welfare'));
    expect(res.body.data.person.education).toBeNull();
    expect(res.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
  });

  it("lets the district's own counselor see it, and refuses a supervisor (minimum necessary)", async () => {
    const counselor = await ask(await hub.tokenFor('school-counselor'));
    expect(counselor.body.data.person.education.localId).toBeTruthy();
    const supervisor = await ask(await hub.tokenFor('supervisor'));
    expect(supervisor.body.data.person.education).toBeNull();
    expect(supervisor.body.errors?.[0].extensions?.code).toBe(ACCESS_DENIED);
  });
});
