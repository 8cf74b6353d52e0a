/**
 * Development keys, so `npm start` needs no key management: an ES256 key pair for the gateway's
 * subgraph tokens and one for the demo identity issuer, generated once into `.data/` (ignored
 * by git) and reused. Never used when NODE_ENV=production.
 */
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface KeyPairJwk {
  privateJwk: JWK;
  publicJwk: JWK;
}

export interface DevKeys {
  gatewaySigning: KeyPairJwk;
  demoIssuer: KeyPairJwk;
}

export const DEV_KEYS_DIR = fileURLToPath(new URL('../../../.data/', import.meta.url));

async function newKeyPair(kid: string): Promise<KeyPairJwk> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const meta = { alg: 'ES256', kid, use: 'sig' };
  return { privateJwk: { ...(await exportJWK(privateKey)), ...meta }, publicJwk: { ...(await exportJWK(publicKey)), ...meta } };
}

export async function loadOrCreateDevKeys(dir = DEV_KEYS_DIR): Promise<DevKeys> {
  const file = `${dir}dev-keys.json`;
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevKeys;
  const keys = { gatewaySigning: await newKeyPair('dev-gateway'), demoIssuer: await newKeyPair('dev-demo-issuer') };
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}

/** Environment for every hub process, filling only what the operator did not set. */
export function devKeyEnv(keys: DevKeys, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return {
    GATEWAY_SIGNING_KEY: env.GATEWAY_SIGNING_KEY ?? JSON.stringify(keys.gatewaySigning.privateJwk),
    GATEWAY_VERIFY_KEY: env.GATEWAY_VERIFY_KEY ?? JSON.stringify(keys.gatewaySigning.publicJwk),
    DEMO_ISSUER_KEY: env.DEMO_ISSUER_KEY ?? JSON.stringify(keys.demoIssuer.privateJwk),
    DEMO_ISSUER_VERIFY_KEY: env.DEMO_ISSUER_VERIFY_KEY ?? JSON.stringify(keys.demoIssuer.publicJwk),
  };
}

/**
 * The environment with development keys filled in where the operator set none; unchanged in
 * production, where missing keys must stop the process rather than be invented.
 */
export async function withDevKeys(env: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv> {
  if (env.NODE_ENV === 'production') return env;
  return { ...env, ...devKeyEnv(await loadOrCreateDevKeys(), env) };
}
