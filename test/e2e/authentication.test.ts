/**
 * Callers are verified at the gateway; subgraphs verify the gateway. Every attack gets a clear
 * error and no data: no token, `alg: none`, wrong issuer or audience, expired, tampered, a key
 * nobody trusts, and any call straight to a subgraph that bypasses the gateway.
 */
import { generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { DEMO_ISSUER, HUB_AUDIENCE } from '../../gateway/src/auth/demo-issuer.js';
import { SHOWCASE_PERSON_ID } from '../../gateway/src/explorer/example-operations.js';
import { QUERY_LIMITS } from '../../gateway/src/query-limits.js';
import { REQUEST_ID_HEADER } from '../../gateway/src/use-request-id.js';
import { signGatewayToken } from '../../subgraphs/shared/security/gateway-token.js';
import { SUBGRAPH_NAMES } from '../../subgraphs/registry.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

const PERSON = `{ person(id: "${SHOWCASE_PERSON_ID}") { id childWelfare { localId } } }`;
const CLAIMS = { name: 'Test', org: 'county-child-welfare', roles: ['caseworker'], purpose_of_use: 'COC' };

function callerToken(key: CryptoKey, edit: (jwt: SignJWT) => SignJWT = (j) => j) {
  const jwt = new SignJWT(CLAIMS).setProtectedHeader({ alg: 'ES256' }).setIssuer(DEMO_ISSUER).setAudience(HUB_AUDIENCE).setSubject('t-1').setIssuedAt().setExpirationTime('5m');
  return edit(jwt).sign(key);
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('authentication', () => {
  let hub: InProcessHub;
  let strangerKey: CryptoKey;

  beforeAll(async () => {
    hub = await startInProcessHub({ population: generatePopulation() });
    strangerKey = (await generateKeyPair('ES256')).privateKey;
  });
  afterAll(() => hub?.close());

  async function refused(authorization: string, because: RegExp) {
    const res = await hub.query(PERSON, {}, { authorization });
    expect(res.status).toBe(401);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.errors?.[0].message).toMatch(because);
  }

  it('answers a verified caller, with a request id to cite', async () => {
    const res = await hub.query(PERSON);
    expect(res.body.data.person.childWelfare.localId).toBeTruthy();
    expect(res.headers.get(REQUEST_ID_HEADER)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a request with no token', () => refused('', /Authentication required/));

  it('refuses alg none', async () => {
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...CLAIMS, sub: 'x', iss: DEMO_ISSUER, aud: HUB_AUDIENCE, exp: 9e9 })}.`;
    await refused(`Bearer ${unsigned}`, /algorithm is not accepted|not a well-formed/);
  });

  it('refuses a wrong issuer, a wrong audience and an expired token', async () => {
    const key = hub.keys.demoIssuer.privateKey;
    await refused(`Bearer ${await callerToken(key, (j) => j.setIssuer('someone-else'))}`, /`iss` claim/);
    await refused(`Bearer ${await callerToken(key, (j) => j.setAudience('another-hub'))}`, /`aud` claim/);
    await refused(`Bearer ${await callerToken(key, (j) => j.setIssuedAt(1_000).setExpirationTime(2_000))}`, /expired/);
  });

  it('refuses a tampered token and one signed by a key nobody trusts', async () => {
    const good = await hub.tokenFor('caseworker');
    const [header, , signature] = good.split('.');
    const tampered = `${header}.${b64({ ...CLAIMS, roles: ['privacy-officer'], sub: 'x', iss: DEMO_ISSUER, aud: HUB_AUDIENCE, exp: 9e9 })}.${signature}`;
    await refused(`Bearer ${tampered}`, /signature does not verify/);
    await refused(`Bearer ${await callerToken(strangerKey)}`, /signature does not verify/);
  });

  it('refuses a token without a purpose of use or a known role', async () => {
    const key = hub.keys.demoIssuer.privateKey;
    const noPurpose = await new SignJWT({ ...CLAIMS, purpose_of_use: 'SHOPPING' }).setProtectedHeader({ alg: 'ES256' })
      .setIssuer(DEMO_ISSUER).setAudience(HUB_AUDIENCE).setSubject('t').setExpirationTime('5m').sign(key);
    await refused(`Bearer ${noPurpose}`, /purpose of use/);
    const noRole = await new SignJWT({ ...CLAIMS, roles: ['janitor'] }).setProtectedHeader({ alg: 'ES256' })
      .setIssuer(DEMO_ISSUER).setAudience(HUB_AUDIENCE).setSubject('t').setExpirationTime('5m').sign(key);
    await refused(`Bearer ${noRole}`, /no role/);
  });
});

describe('subgraphs answer only the gateway', () => {
  let hub: InProcessHub;
  const facts = { requestId: 'r', caller: { subject: 's', name: 'n', organization: 'o', roles: ['caseworker' as const], purposeOfUse: 'COC' as const } };

  beforeAll(async () => {
    hub = await startInProcessHub({ population: generatePopulation({ size: 600 }) });
  });
  afterAll(() => hub?.close());

  async function direct(subgraph: (typeof SUBGRAPH_NAMES)[number], authorization?: string) {
    const res = await fetch(hub.subgraphs[subgraph].url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    return { status: res.status, body: await res.json() };
  }

  it('refuses a direct call without a gateway token, on every subgraph', async () => {
    for (const name of SUBGRAPH_NAMES) {
      const res = await direct(name);
      expect(res.status, name).toBe(401);
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors[0].message).toMatch(/answers only the hub gateway/);
    }
  });

  it("refuses the dashboard's own token, a token for another subgraph, a forged and an expired one", async () => {
    const gatewayKey = hub.keys.gatewaySigning.privateKey;
    expect((await direct('dv-shelter', `Bearer ${await hub.tokenFor('dv-advocate')}`)).status).toBe(401);
    expect((await direct('dv-shelter', `Bearer ${await signGatewayToken(facts, 'schools', gatewayKey)}`)).status).toBe(401);
    const forger = (await generateKeyPair('ES256')).privateKey;
    expect((await direct('dv-shelter', `Bearer ${await signGatewayToken(facts, 'dv-shelter', forger)}`)).status).toBe(401);
    const expired = await new SignJWT({ name: 'n', org: 'o', roles: ['caseworker'], pou: 'COC', rid: 'r' })
      .setProtectedHeader({ alg: 'ES256' }).setIssuer('common-client-hub-gateway').setAudience('dv-shelter')
      .setSubject('s').setIssuedAt(Math.floor(Date.now() / 1000) - 600).setExpirationTime('-9m').sign(gatewayKey);
    const res = await direct('dv-shelter', `Bearer ${expired}`);
    expect(res.status).toBe(401);
    expect(res.body.errors[0].message).toMatch(/gateway token was refused/);
    // The genuine article works, so the refusals above are about the token, not the query.
    expect((await direct('dv-shelter', `Bearer ${await signGatewayToken(facts, 'dv-shelter', gatewayKey)}`)).status).toBe(200);
  });
});

describe('query limits', () => {
  let hub: InProcessHub;
  beforeAll(async () => {
    hub = await startInProcessHub({ population: generatePopulation({ size: 300 }) });
  });
  afterAll(() => hub?.close());

  // Nesting lists multiplies cost as fast as depth, so either limit may be the one that speaks.
  it('refuses a depth bomb', async () => {
    let selection = 'id';
    for (let i = 0; i < QUERY_LIMITS.maxDepth; i++) selection = `caseload { child { person { childWelfare { openCase { caseworker { ${selection} } } } } } }`;
    const res = await hub.query(`{ caseworker(id: "CW-W-0001") { ${selection} } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].message).toMatch(/depth|cost limit/i);
  });

  it('refuses an alias bomb', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 5 }, (_, i) => `a${i}: person(id: "P-00000${i % 9}") { id }`).join(' ');
    const res = await hub.query(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].message).toMatch(/aliases/i);
  });

  it('refuses an over-long query before parsing it all', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => '__typename').join(' ');
    const res = await hub.query(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].message).toMatch(/token/i);
  });
});
