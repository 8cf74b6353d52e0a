/**
 * Gateway configuration from the environment. Every setting has a default that works for
 * `npm start` on one machine; docker-compose.yml overrides only host names.
 */
import { loadGatewayAuth, type GatewayAuth } from './auth/auth-config.js';
import { DEFAULT_RESILIENCE } from '../../adapters/resilience/resilience-options.js';
import { MAX_TIME_LEFT_MS } from '../../subgraphs/shared/security/gateway-token.js';
import { defaultSubgraphUrl, GATEWAY_PORT, SUBGRAPH_NAMES, type SubgraphName } from '../../subgraphs/registry.js';

export interface GatewayConfig {
  port: number;
  host: string;
  /** Path of the composed supergraph SDL. */
  supergraphPath: string;
  /** Where each subgraph answers; overrides the URLs baked into the supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
  /** Production hides query plans and stack traces and turns introspection off. */
  production: boolean;
  /** Trusted caller issuer and the key the gateway signs subgraph tokens with. */
  auth: GatewayAuth;
  /**
   * Each request's budget for the agencies' answers (`AGENCY_TIMEOUT_MS`, default the resilience
   * layer's call budget): counted from the request's arrival, it caps every agency call the
   * request makes (adapters/resilience/request-deadline.ts), so a dead agency costs at most this.
   */
  agencyTimeoutMs: number;
}

/** `SUBGRAPH_URL_CHILD_WELFARE` for `child-welfare`, and so on. */
export function subgraphUrlVariable(name: SubgraphName): string {
  return `SUBGRAPH_URL_${name.toUpperCase().replace(/-/g, '_')}`;
}

export async function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): Promise<GatewayConfig> {
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, env[subgraphUrlVariable(name)] ?? defaultSubgraphUrl(name)]),
  ) as Record<SubgraphName, string>;
  return {
    port: Number(env.PORT ?? env.GATEWAY_PORT ?? GATEWAY_PORT),
    host: env.HOST ?? '127.0.0.1',
    supergraphPath: env.SUPERGRAPH_PATH ?? new URL('../../schema/supergraph.graphql', import.meta.url).pathname,
    subgraphUrls,
    production: env.NODE_ENV === 'production',
    auth: await loadGatewayAuth(env),
    agencyTimeoutMs: agencyTimeoutFromEnv(env.AGENCY_TIMEOUT_MS),
  };
}

export function agencyTimeoutFromEnv(raw: string | undefined): number {
  const value = raw?.trim();
  if (!value) return DEFAULT_RESILIENCE.timeoutMs;
  const ms = Number(value);
  if (!/^\d+$/.test(value) || ms < 1 || ms > MAX_TIME_LEFT_MS) {
    throw new Error(`AGENCY_TIMEOUT_MS=${JSON.stringify(raw)} is not a whole number of milliseconds from 1 to ${MAX_TIME_LEFT_MS}`);
  }
  return ms;
}
