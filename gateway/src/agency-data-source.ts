/**
 * The gateway's connection to one subgraph. When the subgraph (or the agency system behind it)
 * cannot be reached, its part of the answer is null and the error names the agency with a
 * documented code, while every other agency's data still arrives.
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { CryptoKey } from 'jose';
import { signGatewayToken } from '../../subgraphs/shared/security/gateway-token.js';
import { NOTICES_EXTENSION } from '../../subgraphs/shared/policy/use-disclosure-notices.js';
import type { GatewayContext } from './gateway-context.js';

/** A subgraph did not answer (connection refused, reset, timed out, not JSON). */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

export class AgencyDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    private readonly signingKey: CryptoKey,
  ) {
    super({ url });
  }

  /**
   * Every call carries a token signed for this subgraph alone, with the verified caller's
   * claims: the subgraph checks it and enforces its own rules (it never trusts the network).
   * It also carries the time left before the request's deadline, measured now: a step that runs
   * after another (identity's lookup first) gets only what that one left.
   */
  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const { facts, deadline } = context as Partial<GatewayContext>;
    if (!facts) return; // no verified caller: the subgraph will refuse the call
    const timeLeftMs = deadline === undefined ? undefined : Math.max(0, deadline - Date.now());
    const token = await signGatewayToken(facts, this.subgraphName, this.signingKey, timeLeftMs);
    request.http?.headers.set('authorization', `Bearer ${token}`);
  }

  /**
   * Notices a subgraph attached to what it released (42 CFR 2.32) travel on to the caller: the
   * gateway relays them, it does not decide them.
   */
  override async didReceiveResponse({ response, context }: Parameters<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse'] & {}>[0]) {
    const notices = response.extensions?.[NOTICES_EXTENSION];
    if (Array.isArray(notices) && notices.length > 0) {
      const gatewayContext = context as Partial<GatewayContext>;
      gatewayContext.notices = [...(gatewayContext.notices ?? []), ...notices];
    }
    return response;
  }

  override didEncounterError(error: Error): void {
    if (error instanceof GraphQLError) throw error;
    throw new GraphQLError(`The ${this.subgraphName} subgraph is unavailable; its part of this answer is missing.`, {
      extensions: { code: SUBGRAPH_UNAVAILABLE, subgraph: this.subgraphName },
      originalError: error,
    });
  }
}
