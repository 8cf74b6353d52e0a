/**
 * The demo identity issuer: signs caller tokens for the demo identities with a development key,
 * so `npm start`, the explorer and the tests have real, verifiable callers. Disabled in
 * production, where callers come from the agency's identity provider.
 */
import { SignJWT, type CryptoKey } from 'jose';
import type { PurposeOfUse } from '../../../subgraphs/shared/security/caller.js';
import { DEMO_IDENTITIES, type DemoIdentityKey } from './demo-identities.js';

export const DEMO_ISSUER = 'common-client-hub-demo-issuer';
export const HUB_AUDIENCE = 'common-client-hub';
const DEMO_TOKEN_TTL = '12h';

export async function mintDemoToken(
  key: CryptoKey,
  identity: DemoIdentityKey,
  purpose?: PurposeOfUse,
  options: { ttl?: string; audience?: string } = {},
): Promise<string> {
  const who = DEMO_IDENTITIES[identity];
  return new SignJWT({ name: who.name, org: who.organization, roles: [...who.roles], purpose_of_use: purpose ?? who.defaultPurpose })
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
    .setIssuer(DEMO_ISSUER)
    .setAudience(options.audience ?? HUB_AUDIENCE)
    .setSubject(who.subject)
    .setIssuedAt()
    .setExpirationTime(options.ttl ?? DEMO_TOKEN_TTL)
    .sign(key);
}
