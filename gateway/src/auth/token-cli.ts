/**
 * `npm run token -- caseworker --purpose COC`: a bearer token for a demo identity, signed by the
 * development demo issuer (the same key `npm start` trusts), for curl and scripts.
 */
import { Command, InvalidArgumentError } from 'commander';
import { importJWK, type CryptoKey } from 'jose';
import { PURPOSES_OF_USE, type PurposeOfUse } from '../../../subgraphs/shared/security/caller.js';
import { loadOrCreateDevKeys } from '../../../subgraphs/shared/security/dev-keys.js';
import { DEMO_IDENTITIES, isDemoIdentityKey } from './demo-identities.js';
import { mintDemoToken } from './demo-issuer.js';

const program = new Command()
  .name('npm run token --')
  .description('Print a bearer token for a demo identity (development only).')
  .argument('<identity>', `one of: ${Object.keys(DEMO_IDENTITIES).join(', ')}`, (value) => {
    if (!isDemoIdentityKey(value)) throw new InvalidArgumentError(`unknown identity; use one of ${Object.keys(DEMO_IDENTITIES).join(', ')}`);
    return value;
  })
  .option('--purpose <code>', `purpose of use: ${PURPOSES_OF_USE.join(', ')} (default: the identity's usual one)`, (value) => {
    if (!(PURPOSES_OF_USE as readonly string[]).includes(value)) throw new InvalidArgumentError(`use one of ${PURPOSES_OF_USE.join(', ')}`);
    return value as PurposeOfUse;
  })
  .option('--ttl <duration>', 'lifetime, e.g. 1h or 30m', '12h');

program.parse();
const [identity] = program.processedArgs as [keyof typeof DEMO_IDENTITIES];
const { purpose, ttl } = program.opts<{ purpose?: PurposeOfUse; ttl: string }>();
if (process.env.NODE_ENV === 'production') {
  console.error('Demo tokens are for development only; NODE_ENV=production trusts your identity provider instead.');
  process.exit(2);
}
const keys = await loadOrCreateDevKeys();
const key = (await importJWK(keys.demoIssuer.privateJwk, 'ES256')) as CryptoKey;
console.log(await mintDemoToken(key, identity, purpose, { ttl }));
