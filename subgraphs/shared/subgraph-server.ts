/**
 * Serves one subgraph over HTTP: `POST /graphql` for the gateway, `GET /health` for operators.
 * The same function runs a subgraph as its own process (`subgraphs/main.ts`) and in-process
 * for tests (port 0 picks a free port).
 */
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { AdapterCapabilities, AdapterHealth } from '../../adapters/port/batch-contract.js';
import { runInRequestScope, setRequestDeadline } from '../../adapters/resilience/request-deadline.js';
import type { CryptoKey } from 'jose';
import { SUBGRAPH_GRAPHQL_PATH } from '../registry.js';
import type { RequestFacts } from './security/caller.js';
import { verifyGatewayToken } from './security/gateway-token.js';
import { listen } from './http-listen.js';
import type { AuditStore } from './audit/audit-store.js';
import { createDisclosureRecorder } from './audit/disclosure-recorder.js';
import { useDisclosureAudit, type DisclosureAuditContext } from './audit/use-disclosure-audit.js';
import { jsonErrorHandler } from './json-error-handler.js';
import { arrivedAt, stampArrival } from './stamp-arrival.js';
import { NoticeCollector } from './policy/part2-notice.js';
import { useDisclosureNotices } from './policy/use-disclosure-notices.js';
import { logger } from './logger.js';

export interface SubgraphDefinition<TContext extends object> {
  name: string;
  schema: GraphQLSchema;
  /** Builds a request's context, including its fresh DataLoaders (never shared across requests). */
  createContext(): TContext;
  /** The health of the agency system behind the subgraph, via its adapter. */
  health(): Promise<AdapterHealth>;
  capabilities: AdapterCapabilities;
  /** Releases the adapter's connections. */
  close(): Promise<void>;
}

/** What every subgraph request's context carries besides the subgraph's own loaders. */
export interface SubgraphRequestContext extends DisclosureAuditContext {
  /** The verified caller and request id, from the gateway's token. */
  request: RequestFacts;
  /** Notices that must accompany what this request releases (42 CFR 2.32). */
  notices: NoticeCollector;
  /** This owner's own audit chain, read for its privacy officer's accounting (accounting/). */
  auditStore: AuditStore;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The gateway's public key: only requests carrying a token it verifies are answered. */
  verifyKey: CryptoKey;
  /** Where this data owner's disclosures are written before any data leaves (closed with the server). */
  auditStore: AuditStore;
  port: number;
  host?: string;
  /** Largest request body accepted (the gateway sends at most a few hundred representations). */
  bodyLimit?: string;
}

export async function serveSubgraph<TContext extends object>(
  definition: SubgraphDefinition<TContext>,
  options: ServeOptions,
): Promise<RunningSubgraph> {
  const production = process.env.NODE_ENV === 'production';
  const apollo = new ApolloServer<TContext & SubgraphRequestContext>({
    schema: definition.schema,
    introspection: !production,
    includeStacktraceInErrorResponses: process.env.HUB_DEBUG_ERRORS === '1',
    // No inline traces: timing data is for Apollo's hosted service, which the hub does not use.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // Nothing leaves until this request's disclosures are in the audit store.
      useDisclosureAudit({ store: options.auditStore, subgraph: definition.name }),
      // After the audit: notices go only with data that was actually released.
      useDisclosureNotices(),
    ],
  });
  await apollo.start();

  // Open the audit store before the first request (an embedded one takes seconds to start), and
  // say so if it is down: the subgraph will then release nothing until it comes back.
  const auditHealth = await options.auditStore.health();
  if (auditHealth.status === 'down') logger.error({ subgraph: definition.name, detail: auditHealth.detail }, 'audit store down');
  const bodyLimit = options.bodyLimit ?? '1mb';
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    const down = (error: unknown) => ({
      status: 'down' as const,
      checkedAt: new Date().toISOString(),
      detail: error instanceof Error ? error.message : String(error),
    });
    const [adapter, audit] = await Promise.all([
      definition.health().catch((error: unknown): AdapterHealth => down(error)),
      options.auditStore.health().catch(down),
    ]);
    // Without its audit trail a subgraph releases nothing: it is down, whatever the adapter says.
    const status = audit.status === 'down' ? 'down' : adapter.status;
    res.status(status === 'down' ? 503 : 200).json({
      subgraph: definition.name,
      status,
      adapter: { ...adapter, capabilities: definition.capabilities },
      audit,
    });
  });
  app.use(
    SUBGRAPH_GRAPHQL_PATH,
    stampArrival,
    express.json({ limit: bodyLimit }),
    // After the body is read (a stream's events would leave the scope): everything the request
    // runs, its DataLoaders' batch functions included, sees its deadline.
    (_req, _res, next) => runInRequestScope(next),
    expressMiddleware(apollo, {
      // Verify the gateway's token before anything else: a direct call, a token for another
      // subgraph, an expired or forged one gets a 401 and no data.
      context: async ({ req, res }) => {
        const { timeLeftMs, ...request } = await verifyGatewayToken(req.headers.authorization, { audience: definition.name, key: options.verifyKey });
        // Only a verified token sets it: every agency call then fails at the deadline, not later.
        if (timeLeftMs !== undefined) setRequestDeadline(arrivedAt(res) + timeLeftMs);
        return {
          ...definition.createContext(),
          request,
          audit: createDisclosureRecorder(definition.name, request, { append: (entries) => options.auditStore.append(entries) }),
          notices: new NoticeCollector(),
          auditStore: options.auditStore,
        };
      },
    }),
  );
  app.use(jsonErrorHandler(bodyLimit));

  const host = options.host ?? '127.0.0.1';
  const { port, close } = await listen(app, options.port, host);
  const url = `http://${host}:${port}${SUBGRAPH_GRAPHQL_PATH}`;
  logger.debug({ subgraph: definition.name, url }, 'subgraph listening');

  return {
    name: definition.name,
    url,
    port,
    async close() {
      await close();
      await apollo.stop();
      await definition.close();
      await options.auditStore.close();
    },
  };
}
