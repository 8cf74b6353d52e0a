/** Runs the gateway alone (`npm run start:gateway`); subgraphs must already be up. */
import { withDevKeys } from '../../subgraphs/shared/security/dev-keys.js';
import { loadGatewayConfig } from './config.js';
import { startGateway } from './gateway-server.js';

const gateway = await startGateway(await loadGatewayConfig(await withDevKeys(process.env)));
console.log(`Common Client Hub explorer: ${gateway.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void gateway.close().then(() => process.exit(0));
  });
}
