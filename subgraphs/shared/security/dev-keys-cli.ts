/** Creates the development keys in `.data/` if missing (docker-compose runs it once, first). */
import { DEV_KEYS_DIR, loadOrCreateDevKeys } from './dev-keys.js';

await loadOrCreateDevKeys();
console.log(`development keys ready in ${DEV_KEYS_DIR}`);
