/**
 * Where the gateway's keys and trusted issuer come from.
 *
 * Callers: `AUTH_JWKS_URL` (the agency identity provider's key set) or `AUTH_PUBLIC_KEY` (one
 * public JWK as JSON), with `AUTH_ISSUER` and `AUTH_AUDIENCE` (default `common-client-hub`).
 * Without either, outside production, the demo issuer (`DEMO_ISSUER_VERIFY_KEY`) is trusted, so
 * the demo identities work. In production the demo issuer is never trusted.
 * Subgraph tokens: signed with `GATEWAY_SIGNING_KEY` (a private ES256 JWK).
 * Break-glass: `BREAK_GLASS_MAX_MINUTES` (default 60) is the longest emergency window accepted;
 * each data owner may allow less (its access-policy.yaml).
 */
import { createRemoteJWKSet, importJWK, type CryptoKey, type JWK } from 'jose';
import { importJwkFromEnv } from '../../../subgraphs/shared/security/keys.js';
import type { CallerTokenVerifier } from './caller-token.js';
import { DEFAULT_BREAK_GLASS_MAX_MINUTES } from './break-glass-claim.js';
import { DEMO_ISSUER, HUB_AUDIENCE } from './demo-issuer.js';

export interface GatewayAuth {
  callers: CallerTokenVerifier;
  /** Signs the per-subgraph tokens. */
  signingKey: CryptoKey;
  /** Present when the demo issuer is enabled: signs demo callers' tokens for the explorer. */
  demoIssuerKey?: CryptoKey;
}

export async function loadGatewayAuth(env: NodeJS.ProcessEnv = process.env): Promise<GatewayAuth> {
  const production = env.NODE_ENV === 'production';
  const audience = env.AUTH_AUDIENCE ?? HUB_AUDIENCE;
  const signingKey = await importJwkFromEnv('GATEWAY_SIGNING_KEY', env);
  const breakGlassMaxMinutes = breakGlassMaxMinutesFrom(env);
  if (env.AUTH_JWKS_URL || env.AUTH_PUBLIC_KEY) {
    if (!env.AUTH_ISSUER) throw new Error('AUTH_ISSUER must name the identity provider whose tokens are trusted.');
    const key = env.AUTH_JWKS_URL
      ? createRemoteJWKSet(new URL(env.AUTH_JWKS_URL))
      : await importJwkFromEnv('AUTH_PUBLIC_KEY', env);
    return { callers: { issuer: env.AUTH_ISSUER, audience, key, breakGlassMaxMinutes }, signingKey };
  }
  if (production) {
    throw new Error('NODE_ENV=production needs AUTH_JWKS_URL or AUTH_PUBLIC_KEY (and AUTH_ISSUER): the demo issuer is for development only.');
  }
  const verifyKey = await importJwkFromEnv('DEMO_ISSUER_VERIFY_KEY', env);
  const demoJwk = env.DEMO_ISSUER_KEY ? (JSON.parse(env.DEMO_ISSUER_KEY) as JWK) : undefined;
  return {
    callers: { issuer: DEMO_ISSUER, audience, key: verifyKey, breakGlassMaxMinutes },
    signingKey,
    demoIssuerKey: demoJwk ? ((await importJWK(demoJwk, 'ES256')) as CryptoKey) : undefined,
  };
}

function breakGlassMaxMinutesFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.BREAK_GLASS_MAX_MINUTES;
  if (raw === undefined || raw === '') return DEFAULT_BREAK_GLASS_MAX_MINUTES;
  const minutes = Number(raw);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) {
    throw new Error(`BREAK_GLASS_MAX_MINUTES must be a whole number of minutes from 1 to 1440, not ${JSON.stringify(raw)}.`);
  }
  return minutes;
}
