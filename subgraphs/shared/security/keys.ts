/**
 * Key material as configuration: JWKs in environment variables (JSON), imported once.
 *   GATEWAY_SIGNING_KEY  the gateway's private ES256 JWK (gateway only)
 *   GATEWAY_VERIFY_KEY   its public half (every subgraph)
 */
import { importJWK, type CryptoKey, type JWK } from 'jose';

export async function importJwkFromEnv(variable: string, env: NodeJS.ProcessEnv = process.env): Promise<CryptoKey> {
  const text = env[variable];
  if (!text) throw new Error(`${variable} is not set (a JWK as JSON). See README "Callers and tokens".`);
  let jwk: JWK;
  try {
    jwk = JSON.parse(text) as JWK;
  } catch {
    throw new Error(`${variable} is not valid JSON; it must be a JWK.`);
  }
  return (await importJWK(jwk, jwk.alg ?? 'ES256')) as CryptoKey;
}
