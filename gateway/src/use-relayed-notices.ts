/**
 * Puts the disclosure notices the subgraphs attached (42 CFR 2.32 for Part 2 data) into the
 * response's `extensions.disclosureNotices`, so every response carrying such data carries them.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { NOTICES_EXTENSION } from '../../subgraphs/shared/policy/use-disclosure-notices.js';
import type { GatewayContext } from './gateway-context.js';

export function useRelayedNotices(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const notices = (contextValue as Partial<GatewayContext>).notices;
          if (!notices?.length || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, [NOTICES_EXTENSION]: notices };
        },
      };
    },
  };
}
