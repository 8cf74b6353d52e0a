/**
 * `npm run token -- caseworker --purpose COC`: a bearer token for a demo identity, signed by the
 * development demo issuer (the same key `npm start` trusts), for curl and scripts.
 * `npm run token -- bh-clinician --break-glass "Unresponsive, overdose suspected" --ttl 30m`
 * declares an emergency, as an identity provider would when the user breaks the glass.
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
  .option('--ttl <duration>', 'lifetime, e.g. 1h or 30m (default 12h; with --break-glass, 30m: the emergency window)')
  .option('--break-glass <reason>', 'declare an emergency (break-the-glass) with this reason; purpose defaults to ETREAT');

program.parse();
const [identity] = program.processedArgs as [keyof typeof DEMO_IDENTITIES];
const { purpose, ttl, breakGlass } = program.opts<{ purpose?: PurposeOfUse; ttl?: string; breakGlass?: string }>();
if (process.env.NODE_ENV === 'production') {
  console.error('Demo tokens are for development only; NODE_ENV=production trusts your identity provider instead.');
  process.exit(2);
}
const keys = await loadOrCreateDevKeys();
const key = (await importJWK(keys.demoIssuer.privateJwk, 'ES256')) as CryptoKey;
if (breakGlass !== undefined) {
  if (!breakGlass.trim()) program.error('--break-glass needs a reason: say what the emergency is.');
  const minutes = durationMinutes(ttl ?? '30m') ?? program.error(`--ttl ${ttl}: give whole minutes or hours, e.g. 30m or 1h`);
  console.log(await mintDemoToken(key, identity, purpose, { breakGlass: { reason: breakGlass, minutes } }));
} else {
  console.log(await mintDemoToken(key, identity, purpose, { ttl: ttl ?? '12h' }));
}

/** `30m` or `1h` as minutes; undefined for anything else. */
function durationMinutes(text: string): number | undefined {
  const match = /^(\d+)\s*(m|min|h)$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * (match[2] === 'h' ? 60 : 1);
}
