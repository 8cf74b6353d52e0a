/**
 * The explorer at the gateway's root: GraphiQL rendered from the project's own dependency
 * (@graphql-yoga/render-graphiql inlines GraphiQL's script, styles and workers), so it works in
 * an agency network with no internet. It opens with the example operations as tabs.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { DemoIdentityKey } from '../auth/demo-identities.js';
import { exampleOperationsFor } from './example-operations.js';

export interface ExplorerOptions {
  /** Where GraphiQL sends operations, relative to the page. */
  endpoint: string;
  /** Headers shown in each tab, e.g. the query-plan header outside production. */
  defaultHeaders?: Record<string, string>;
  /** The demo identity the page is for: its operations open as tabs (all of them when absent). */
  actingAs?: DemoIdentityKey;
}

export function renderExplorerPage(options: ExplorerOptions): string {
  const headers = options.defaultHeaders ? JSON.stringify(options.defaultHeaders, null, 2) : undefined;
  return renderGraphiQL({
    title: 'Common Client Hub — explorer',
    endpoint: options.endpoint,
    defaultTabs: exampleOperationsFor(options.actingAs).map((op) => ({ query: op.query })),
    // The initial tab's headers and those of every tab opened later.
    headers,
    defaultHeaders: headers,
    // Headers typed into the explorer may hold a bearer token: never keep them in local storage.
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: true,
    schemaDescription: true,
  });
}
