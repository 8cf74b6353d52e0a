/**
 * The Apollo gateway over the committed static supergraph. Subgraph URLs come from
 * configuration, so the same supergraph serves `npm start`, docker-compose and tests.
 */
import { ApolloGateway } from '@apollo/gateway';
import type { CryptoKey } from 'jose';
import { AgencyDataSource } from './agency-data-source.js';
import { subgraphsInPlan, type QueryPlanContext } from './query-plan.js';

export interface CreateGatewayOptions {
  supergraphSdl: string;
  /** Signs the per-subgraph caller tokens. */
  signingKey: CryptoKey;
  /** Subgraph name (as in the supergraph) -> GraphQL URL. */
  subgraphUrls: Record<string, string>;
  production: boolean;
}

export function createGateway(options: CreateGatewayOptions): ApolloGateway {
  // @apollo/gateway reports anonymous usage to Apollo unless told not to. Agency networks are
  // often closed and every outbound call needs a reason: off unless explicitly enabled.
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  return new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    __exposeQueryPlanExperimental: !options.production,
    buildService: ({ name, url }) => new AgencyDataSource(name, options.subgraphUrls[name] ?? url!, options.signingKey),
    experimental_didResolveQueryPlan: ({ queryPlan, requestContext }) => {
      if (options.production) return;
      (requestContext.context as QueryPlanContext).subgraphsCalled = subgraphsInPlan(queryPlan);
    },
  });
}
