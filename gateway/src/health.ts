/**
 * `GET /health`: the gateway and every subgraph (and through it, the agency system behind its
 * adapter). Always 200 while the gateway serves; `status` says whether everything is up.
 */
import type { Request, Response } from 'express';
import type { SubgraphName } from '../../subgraphs/registry.js';

const SUBGRAPH_HEALTH_TIMEOUT_MS = 2000;

export interface SubgraphHealthReport {
  status: 'up' | 'degraded' | 'down';
  url: string;
  latencyMs: number;
  adapter?: unknown;
  /** The subgraph's audit store: when it is down the subgraph releases nothing. */
  audit?: unknown;
  error?: string;
}

export function healthUrlOf(graphqlUrl: string): string {
  return new URL('/health', graphqlUrl).toString();
}

export async function checkSubgraph(url: string): Promise<SubgraphHealthReport> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    const res = await fetch(healthUrlOf(url), { signal: AbortSignal.timeout(SUBGRAPH_HEALTH_TIMEOUT_MS) });
    const body = (await res.json()) as { status?: SubgraphHealthReport['status']; adapter?: unknown; audit?: unknown };
    return { status: body.status ?? (res.ok ? 'up' : 'down'), url, latencyMs: latency(), adapter: body.adapter, audit: body.audit };
  } catch (error) {
    return { status: 'down', url, latencyMs: latency(), error: error instanceof Error ? error.message : String(error) };
  }
}

export function createHealthHandler(subgraphUrls: Record<SubgraphName, string>, startedAt = Date.now()) {
  return async (_req: Request, res: Response) => {
    const entries = await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]) => [name, await checkSubgraph(url)] as const),
    );
    const subgraphs = Object.fromEntries(entries);
    const allUp = entries.every(([, report]) => report.status === 'up');
    res.json({
      status: allUp ? 'up' : 'degraded',
      gateway: { status: 'up', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) },
      subgraphs,
    });
  };
}
