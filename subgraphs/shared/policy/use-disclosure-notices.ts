/**
 * Apollo Server plugin for a data-owning subgraph: every response that carries Part 2 data also
 * carries its §2.32 notices in `extensions.disclosureNotices` (see part2-notice.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { NoticeCollector } from './part2-notice.js';

export interface DisclosureNoticesContext {
  notices?: NoticeCollector;
}

export const NOTICES_EXTENSION = 'disclosureNotices';

export function useDisclosureNotices<TContext extends DisclosureNoticesContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const notices = contextValue.notices?.notices ?? [];
          if (notices.length === 0 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          // Only alongside data actually sent: a response withheld (no audit) carries no data.
          if (!result.data) return;
          result.extensions = { ...result.extensions, [NOTICES_EXTENSION]: notices };
        },
      };
    },
  };
}
