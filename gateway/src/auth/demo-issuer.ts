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

export interface DemoTokenOptions {
  ttl?: string;
  audience?: string;
  /** Declare an emergency (break-the-glass): the reason, and a window that is also the token's lifetime. */
  breakGlass?: { reason: string; minutes: number };
}

export async function mintDemoToken(
  key: CryptoKey,
  identity: DemoIdentityKey,
  purpose?: PurposeOfUse,
  options: DemoTokenOptions = {},
): Promise<string> {
  const who = DEMO_IDENTITIES[identity];
  const { breakGlass } = options;
  const issuedAt = Math.floor(Date.now() / 1000);
  // A declared emergency lasts as long as the token: the identity provider re-authenticates after.
  const expires = breakGlass ? issuedAt + breakGlass.minutes * 60 : undefined;
  const claims = {
    name: who.name,
    org: who.organization,
    roles: [...who.roles],
    purpose_of_use: purpose ?? (breakGlass ? 'ETREAT' : who.defaultPurpose),
    ...(breakGlass ? { break_glass: { reason: breakGlass.reason, expires_at: expires } } : {}),
  };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
    .setIssuer(DEMO_ISSUER)
    .setAudience(options.audience ?? HUB_AUDIENCE)
    .setSubject(who.subject)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expires ?? options.ttl ?? DEMO_TOKEN_TTL)
    .sign(key);
}
