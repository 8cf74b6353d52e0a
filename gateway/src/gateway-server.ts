/**
 * The gateway's HTTP server: the explorer at `/`, GraphQL at `/graphql`, `/health`.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { readFile } from 'node:fs/promises';
import { listen } from '../../subgraphs/shared/http-listen.js';
import { jsonErrorHandler } from '../../subgraphs/shared/json-error-handler.js';
import { arrivedAt, stampArrival } from '../../subgraphs/shared/stamp-arrival.js';
import { logger } from '../../subgraphs/shared/logger.js';
import type { GatewayConfig } from './config.js';
import { createGateway } from './create-gateway.js';
import { randomUUID } from 'node:crypto';
import { verifyCallerToken } from './auth/caller-token.js';
import { createExplorerRoute } from './explorer/explorer-route.js';
import type { GatewayContext } from './gateway-context.js';
import { createHealthHandler } from './health.js';
import { useQueryPlanHeader } from './query-plan.js';
import { queryLimits } from './query-limits.js';
import { useRelayedNotices } from './use-relayed-notices.js';
import { replyReserveMs } from './reply-reserve.js';
import { useRequestId } from './use-request-id.js';

export const GRAPHQL_PATH = '/graphql';
/** Dashboards send operations, not data: 100 kB holds any sensible query with its variables. */
export const REQUEST_BODY_LIMIT = '100kb';

export interface RunningGateway {
  url: string;
  graphqlUrl: string;
  port: number;
  close(): Promise<void>;
}

export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const supergraphSdl = await readFile(config.supergraphPath, 'utf8');
  const gateway = createGateway({
    supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    production: config.production,
    signingKey: config.auth.signingKey,
  });
  const limits = queryLimits(config.production);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    // Stack traces only on request (HUB_DEBUG_ERRORS=1): they help a developer, not a dashboard.
    includeStacktraceInErrorResponses: process.env.HUB_DEBUG_ERRORS === '1',
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [ApolloServerPluginLandingPageDisabled(), useQueryPlanHeader(), useRequestId(), useRelayedNotices(), ...(limits.plugins as ApolloServerPlugin<GatewayContext>[])],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get(
    '/',
    createExplorerRoute({ graphqlPath: GRAPHQL_PATH, production: config.production, demoIssuerKey: config.auth.demoIssuerKey }),
  );
  app.get('/health', createHealthHandler(config.subgraphUrls));
  app.use(
    GRAPHQL_PATH,
    stampArrival,
    express.json({ limit: REQUEST_BODY_LIMIT }),
    expressMiddleware(apollo, {
      // Authenticate first: without a verified caller nothing is planned, and no subgraph is called.
      context: async ({ req, res }): Promise<GatewayContext> => ({
        facts: { requestId: randomUUID(), caller: await verifyCallerToken(req.headers.authorization, config.auth.callers) },
        // The agencies' deadline: the budget less what the hub needs to answer after it (reply-reserve.ts).
        deadline: arrivedAt(res) + config.agencyTimeoutMs - replyReserveMs(config.agencyTimeoutMs),
      }),
    }),
  );
  app.use(jsonErrorHandler(REQUEST_BODY_LIMIT));

  const { port, close } = await listen(app, config.port, config.host);
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}/`;
  logger.info({ url }, 'gateway listening');
  return {
    url,
    graphqlUrl: new URL(GRAPHQL_PATH, url).toString(),
    port,
    async close() {
      await close();
      await apollo.stop();
    },
  };
}
