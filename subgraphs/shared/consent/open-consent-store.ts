/**
 * Opens an owner's consent registry from configuration: Postgres when a URL is configured, else
 * PGlite (in a data directory if given, in memory otherwise — gone when the process ends, which
 * suits `npm start` on synthetic data only).
 */
import type { AgencySystem } from '../../../adapters/port/agency-systems.js';
import type { ConsentRules } from './consent-rules.js';
import type { ConsentStore } from './consent-store.js';
import { createPgClient } from '../sql/pg-client.js';
import { createPgliteClient } from '../sql/pglite-client.js';
import { createSqlConsentStore } from './sql-consent-store.js';

export interface ConsentStoreConfig {
  owner: AgencySystem;
  /** `postgres://…`; omitted = embedded PGlite. */
  databaseUrl?: string;
  /** PGlite data directory; omitted = in memory. */
  dataDir?: string;
  /** Default `consent_<owner>`, e.g. `consent_dv_shelter`. */
  namespace?: string;
  rules?: Partial<ConsentRules>;
}

export function openConsentStore(config: ConsentStoreConfig): ConsentStore {
  const client = config.databaseUrl
    ? createPgClient({ connectionString: config.databaseUrl })
    : createPgliteClient({ dataDir: config.dataDir });
  return createSqlConsentStore({
    client,
    owner: config.owner,
    namespace: config.namespace ?? `consent_${config.owner.replaceAll('-', '_')}`,
    rules: config.rules,
  });
}
