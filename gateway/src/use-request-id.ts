import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from './gateway-context.js';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Echo the request id every subgraph's audit entries carry, so a user can cite it. */
export function useRequestId(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const id = (contextValue as Partial<GatewayContext>).facts?.requestId;
          if (id) response.http.headers.set(REQUEST_ID_HEADER, id);
        },
      };
    },
  };
}
