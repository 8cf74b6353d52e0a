/**
 * Runs one subgraph as its own process: `tsx subgraphs/main.ts child-welfare`.
 * Port: `PORT`, else the subgraph's fixed port (see registry.ts). Data: the embedded adapters
 * over the generated synthetic population (`HUB_SEED`, `HUB_POPULATION_SIZE`).
 */
import 'reflect-metadata';
import { createEmbeddedAdapters } from '../adapters/embedded-adapters.js';
import { populationFromEnv } from '../adapters/synthetic/population-from-env.js';
import { createSubgraph } from './catalog.js';
import { isSubgraphName, SUBGRAPH_NAMES, SUBGRAPH_PORTS } from './registry.js';
import { logger } from './shared/logger.js';
import { withDevKeys } from './shared/security/dev-keys.js';
import { importJwkFromEnv } from './shared/security/keys.js';
import { serveSubgraph } from './shared/subgraph-server.js';

const name = process.argv[2] ?? process.env.SUBGRAPH ?? '';
if (!isSubgraphName(name)) {
  console.error(`usage: tsx subgraphs/main.ts <${SUBGRAPH_NAMES.join('|')}>`);
  process.exit(2);
}

const verifyKey = await importJwkFromEnv('GATEWAY_VERIFY_KEY', await withDevKeys(process.env));
const adapters = createEmbeddedAdapters(populationFromEnv());
const definition = await createSubgraph(name, adapters);
const running = await serveSubgraph(definition, {
  verifyKey,
  port: Number(process.env.PORT ?? SUBGRAPH_PORTS[name]),
  host: process.env.HOST ?? '127.0.0.1',
});
logger.info({ subgraph: name, url: running.url }, 'subgraph ready');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void running.close().then(() => process.exit(0));
  });
}
