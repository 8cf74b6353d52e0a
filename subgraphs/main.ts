/**
 * Runs one subgraph as its own process: `tsx subgraphs/main.ts child-welfare`.
 * Port: `PORT`, else the subgraph's fixed port (see registry.ts). Data: the adapter the
 * environment chooses (`CHILD_WELFARE_ADAPTER=postgres`, `SCHOOLS_ADAPTER=mariadb`, ...; see
 * adapters/config/README.md), else the embedded one over the generated synthetic population
 * (`HUB_SEED`, `HUB_POPULATION_SIZE`).
 */
import 'reflect-metadata';
import { AdapterConfigError, adapterConfigFromEnv, domainNamed } from '../adapters/config/adapter-config.js';
import { createConfiguredAdapters } from '../adapters/config/create-adapters.js';
import { MappingFileError } from '../adapters/config/mapping-issues.js';
import { createSubgraph } from './catalog.js';
import { isSubgraphName, SUBGRAPH_NAMES, SUBGRAPH_PORTS } from './registry.js';
import { logger } from './shared/logger.js';
import { withDevKeys } from './shared/security/dev-keys.js';
import { importJwkFromEnv } from './shared/security/keys.js';
import { auditStoreFromEnv } from './shared/audit/audit-from-env.js';
import { openIdentityLinks } from './identity/link-store/open-identity-links.js';
import { serveSubgraph } from './shared/subgraph-server.js';

const name = process.argv[2] ?? process.env.SUBGRAPH ?? '';
if (!isSubgraphName(name)) {
  console.error(`usage: tsx subgraphs/main.ts <${SUBGRAPH_NAMES.join('|')}>`);
  process.exit(2);
}

const verifyKey = await importJwkFromEnv('GATEWAY_VERIFY_KEY', await withDevKeys(process.env));
const configured = await Promise.resolve()
  .then(() => createConfiguredAdapters(adapterConfigFromEnv(), { only: [domainNamed(name)!] }))
  .catch((error: unknown) => {
    // A configuration mistake is the operator's to fix: say what it is, without a stack trace.
    if (error instanceof AdapterConfigError || error instanceof MappingFileError) {
      console.error(`${name}: ${error.message}`);
      process.exit(2);
    }
    throw error;
  });
// Demo consents belong to the synthetic data: only an owner served by its embedded adapter gets them.
const adapterVariable = `${name.toUpperCase().replace(/-/g, '_')}_ADAPTER`;
const demoData = process.env.NODE_ENV !== 'production' && (process.env[adapterVariable] ?? 'embedded') === 'embedded';
const auditStore = auditStoreFromEnv(name);
const definition = await createSubgraph(name, configured.adapters, {
  demoPopulation: demoData && (name === 'dv-shelter' || name === 'behavioral-health') ? configured.population() : undefined,
  identityLinks: name === 'identity' ? await openIdentityLinks(auditStore, demoData ? configured.population : undefined) : undefined,
});
const running = await serveSubgraph(definition, {
  verifyKey,
  auditStore,
  port: Number(process.env.PORT ?? SUBGRAPH_PORTS[name]),
  host: process.env.HOST ?? '127.0.0.1',
});
logger.info({ subgraph: name, url: running.url }, 'subgraph ready');
// A database that is down at start is reported, not fatal: /health answers 503 until it is back.
void definition.health().then((health) => {
  if (health.status !== 'up') logger.warn({ subgraph: name, health }, 'adapter is not healthy');
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void running
      .close()
      .then(() => configured.close())
      .finally(() => process.exit(0));
  });
}
