/** Runs the gateway alone (`npm run start:gateway`); subgraphs must already be up. */
import { loadGatewayConfig } from './config.js';
import { startGateway } from './gateway-server.js';

const gateway = await startGateway(loadGatewayConfig());
console.log(`Common Client Hub explorer: ${gateway.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void gateway.close().then(() => process.exit(0));
  });
}
