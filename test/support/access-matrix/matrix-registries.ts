/**
 * The owners' consent registries for the matrix hub, with two doors the matrix needs besides the
 * ordinary one:
 * - `recordedInThePast`: the same registry with a clock set back, so an expired consent is one
 *   that was valid when recorded (validation refuses to record one already expired);
 * - `insertBeneathValidation`: a row written straight to the table, for forms `record` refuses
 *   (abuser-signed, a minor without a parent), to test that the policy itself never honours them.
 */
import { randomUUID } from 'node:crypto';
import type { AgencySystem } from '../../../adapters/port/agency-systems.js';
import { INSERT_COLUMNS, consentTable, recordToParams } from '../../../subgraphs/shared/consent/consent-table.js';
import type { ConsentStore } from '../../../subgraphs/shared/consent/consent-store.js';
import { createPgliteClient } from '../../../subgraphs/shared/sql/pglite-client.js';
import type { SqlClient } from '../../../subgraphs/shared/sql/sql-client.js';
import { createSqlConsentStore } from '../../../subgraphs/shared/consent/sql-consent-store.js';
import type { ConsentRecord, NewConsent } from '../../../subgraphs/shared/consent/types.js';

export type ConsentOwner = Extract<AgencySystem, 'dv-shelter' | 'behavioral-health' | 'schools'>;
export const HUB_STORE_KEY = { 'dv-shelter': 'dvReleases', 'behavioral-health': 'bhConsents', schools: 'schoolConsents' } as const;

interface OwnerRegistry {
  store: ConsentStore;
  client: SqlClient;
  namespace: string;
  pastClock: { at: Date };
  past: ConsentStore;
}

export interface MatrixRegistries {
  /** What the hub's owners use: `record`, `revoke`, `activeFor` as in production. */
  store(owner: ConsentOwner): ConsentStore;
  /** For startInProcessHub's `consentStores`. */
  hubStores(): Record<(typeof HUB_STORE_KEY)[ConsentOwner], ConsentStore>;
  recordedInThePast(owner: ConsentOwner, at: Date, consent: NewConsent): Promise<ConsentRecord>;
  insertBeneathValidation(consent: NewConsent): Promise<ConsentRecord>;
  close(): Promise<void>;
}

function openOwner(owner: ConsentOwner, client: SqlClient): OwnerRegistry {
  const namespace = `consent_${owner.replaceAll('-', '_')}`;
  const pastClock = { at: new Date() };
  return {
    client,
    namespace,
    pastClock,
    store: createSqlConsentStore({ client, owner, namespace, closeClient: false }),
    past: createSqlConsentStore({ client, owner, namespace, closeClient: false, now: () => pastClock.at }),
  };
}

export function openMatrixRegistries(): MatrixRegistries {
  const owners = Object.keys(HUB_STORE_KEY) as ConsentOwner[];
  // One embedded database, one schema per owner (as consent-table.ts lays out): PGlite is slow to start.
  const client = createPgliteClient();
  const registries = Object.fromEntries(owners.map((o) => [o, openOwner(o, client)])) as Record<ConsentOwner, OwnerRegistry>;
  return {
    store: (owner) => registries[owner].store,
    hubStores: () =>
      Object.fromEntries(owners.map((o) => [HUB_STORE_KEY[o], registries[o].store])) as ReturnType<MatrixRegistries['hubStores']>,
    async recordedInThePast(owner, at, consent) {
      const registry = registries[owner];
      registry.pastClock.at = at;
      return registry.past.record(consent);
    },
    async insertBeneathValidation(consent) {
      const registry = registries[consent.owner as ConsentOwner];
      await registry.store.list({}); // creates the table if nothing was recorded yet
      const record: ConsentRecord = { ...consent, id: randomUUID(), status: 'active', recordedAt: new Date().toISOString() };
      const placeholders = INSERT_COLUMNS.map((column, i) => (column === 'consent' ? `$${i + 1}::jsonb` : `$${i + 1}`));
      await registry.client.query(
        `INSERT INTO ${consentTable(registry.namespace)} (${INSERT_COLUMNS.join(', ')}) VALUES (${placeholders.join(', ')})`,
        recordToParams(record),
      );
      return record;
    },
    async close() {
      await client.close();
    },
  };
}
