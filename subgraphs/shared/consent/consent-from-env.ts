/**
 * An owner's consent registry from the environment: Postgres when `CONSENT_DATABASE_URL` is set,
 * otherwise the owner's subgraph's embedded PGlite database (`.data/db/<owner>/`, shared with its
 * audit chain in one instance) so releases survive a restart.
 */
import { mkdirSync } from 'node:fs';
import { embeddedAuditDir } from '../audit/audit-from-env.js';
import type { AgencySystem } from '../../../adapters/port/agency-systems.js';
import type { ConsentStore } from './consent-store.js';
import { openConsentStore } from './open-consent-store.js';

export function consentStoreFromEnv(owner: AgencySystem, env: NodeJS.ProcessEnv = process.env): ConsentStore {
  if (env.CONSENT_DATABASE_URL) return openConsentStore({ owner, databaseUrl: env.CONSENT_DATABASE_URL });
  const dataDir = env.CONSENT_PGLITE_DIR ?? embeddedAuditDir(owner);
  mkdirSync(dataDir, { recursive: true });
  return openConsentStore({ owner, dataDir });
}
