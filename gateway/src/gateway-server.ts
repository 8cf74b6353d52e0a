/**
 * The gateway's HTTP server: the explorer at `/`, GraphQL at `/graphql`, `/health`.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { readFile } from 'node:fs/promises';
import { listen } from '../../subgraphs/shared/http-listen.js';
import { jsonErrorHandler } from '../../subgraphs/shared/json-error-handler.js';
import { logger } from '../../subgraphs/shared/logger.js';
import type { GatewayConfig } from './config.js';
import { createGateway } from './create-gateway.js';
import { renderExplorerPage } from './explorer/explorer-page.js';
import { createHealthHandler } from './health.js';
import { useQueryPlanHeader, type QueryPlanContext } from './query-plan.js';

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
  const gateway = createGateway({ supergraphSdl, subgraphUrls: config.subgraphUrls, production: config.production });
  const apollo = new ApolloServer<QueryPlanContext>({
    gateway,
    introspection: !config.production,
    // Stack traces only on request (HUB_DEBUG_ERRORS=1): they help a developer, not a dashboard.
    includeStacktraceInErrorResponses: process.env.HUB_DEBUG_ERRORS === '1',
    csrfPrevention: true,
    plugins: [ApolloServerPluginLandingPageDisabled(), useQueryPlanHeader()],
  });
  await apollo.start();

  const explorerHtml = renderExplorerPage({
    endpoint: GRAPHQL_PATH,
    defaultHeaders: config.production ? undefined : { 'Apollo-Query-Plan-Experimental': '1' },
  });
  const app = express();
  app.disable('x-powered-by');
  app.get('/', (_req, res) => {
    res.type('html').send(explorerHtml);
  });
  app.get('/health', createHealthHandler(config.subgraphUrls));
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: REQUEST_BODY_LIMIT }),
    expressMiddleware(apollo, { context: async (): Promise<QueryPlanContext> => ({}) }),
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
