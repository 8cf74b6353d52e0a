/**
 * The whole hub in one test process, over real HTTP on ephemeral ports: every subgraph served
 * by `serveSubgraph`, the gateway by `startGateway` on the committed supergraph. Tests reach it
 * exactly as a dashboard would, through the gateway.
 */
import { generateKeyPair } from 'jose';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createEmbeddedAdapters, type HubAdapters } from '../../adapters/embedded-adapters.js';
import { DEFAULT_RESILIENCE } from '../../adapters/resilience/resilience-options.js';
import type { SyntheticPopulation } from '../../adapters/synthetic/population.js';
import type { DemoIdentityKey } from '../../gateway/src/auth/demo-identities.js';
import { DEMO_ISSUER, HUB_AUDIENCE, mintDemoToken } from '../../gateway/src/auth/demo-issuer.js';
import { startGateway, type RunningGateway } from '../../gateway/src/gateway-server.js';
import type { PurposeOfUse } from '../../subgraphs/shared/security/caller.js';
import { createSubgraph } from '../../subgraphs/catalog.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../subgraphs/registry.js';
import type { AuditStore } from '../../subgraphs/shared/audit/audit-store.js';
import { createPgliteClient } from '../../subgraphs/shared/sql/pglite-client.js';
import { createSqlAuditStore } from '../../subgraphs/shared/audit/sql-audit-store.js';
import type { ConsentStore } from '../../subgraphs/shared/consent/consent-store.js';
import type { LinkStore } from '../../subgraphs/identity/link-store/link-store.js';
import { openConsentStore } from '../../subgraphs/shared/consent/open-consent-store.js';
import { serveSubgraph, type RunningSubgraph } from '../../subgraphs/shared/subgraph-server.js';

export interface InProcessHub {
  gateway: RunningGateway;
  /** A demo caller's bearer token, signed by this hub's demo issuer. */
  tokenFor(identity: DemoIdentityKey, purpose?: PurposeOfUse): Promise<string>;
  /** Keys of this hub, for tests that forge or replay tokens. */
  keys: TestKeys;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  adapters: HubAdapters;
  auditStores: Record<SubgraphName, AuditStore>;
  /** The DV program's release registry (in memory), seeded with the demo releases. */
  dvReleases: ConsentStore;
  /** The behavioral health provider's consent registry (in memory), seeded with the demo consents. */
  bhConsents: ConsentStore;
  /** The school district's FERPA consent registry (in memory). */
  schoolConsents: ConsentStore;
  /**
   * POST a GraphQL operation to the gateway, as the demo caseworker unless `headers` carries
   * an `authorization` of its own (an empty string sends none).
   */
  query<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>; extensions?: Record<string, unknown> };
}

export interface HubOptions {
  population: SyntheticPopulation;
  /** Replace a subgraph's audit store (e.g. one that fails); default: embedded PGlite. */
  auditStore?: (subgraph: SubgraphName) => AuditStore | undefined;
  /** Wrap or replace adapters, e.g. to count calls or inject faults. */
  adapters?: (adapters: HubAdapters) => HubAdapters;
  production?: boolean;
  /** The gateway's per-request agency budget (`AGENCY_TIMEOUT_MS`); default the resilience layer's call budget. */
  agencyTimeoutMs?: number;
  /** Replace an owner's consent registry (e.g. one whose database the test also writes beneath validation); default: in-memory PGlite. */
  consentStores?: Partial<Record<'dvReleases' | 'bhConsents' | 'schoolConsents', ConsentStore>>;
  /**
   * Serve identity from a link store (opened here over the identity audit chain) instead of the
   * embedded links; the review queue works only then. Closed with the hub.
   */
  linkStore?: (identityAudit: AuditStore) => LinkStore | Promise<LinkStore>;
}

export interface TestKeys {
  gatewaySigning: CryptoKeyPair;
  demoIssuer: CryptoKeyPair;
}

export async function startInProcessHub(options: HubOptions): Promise<InProcessHub> {
  const keys: TestKeys = { gatewaySigning: await generateKeyPair('ES256'), demoIssuer: await generateKeyPair('ES256') };
  const base = createEmbeddedAdapters(options.population);
  const adapters = options.adapters ? options.adapters(base) : base;
  const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
  // One embedded database for the whole in-process hub; one audit chain (table) per subgraph.
  // The audit chains and the consent registries share it, as a subgraph's stores do in npm start.
  const embedded = `memory://in-process-hub-${randomUUID()}`;
  const auditClient = createPgliteClient({ dataDir: embedded });
  const auditStores = {} as Record<SubgraphName, AuditStore>;
  const dvReleases = options.consentStores?.dvReleases ?? openConsentStore({ owner: 'dv-shelter', dataDir: embedded });
  const bhConsents = options.consentStores?.bhConsents ?? openConsentStore({ owner: 'behavioral-health', dataDir: embedded });
  const schoolConsents = options.consentStores?.schoolConsents ?? openConsentStore({ owner: 'schools', dataDir: embedded });
  for (const name of SUBGRAPH_NAMES) {
    auditStores[name] = options.auditStore?.(name) ?? createSqlAuditStore({ client: auditClient, chain: name, closeClient: false });
    const identityLinks = name === 'identity' && options.linkStore ? await options.linkStore(auditStores[name]) : undefined;
    subgraphs[name] = await serveSubgraph(await createSubgraph(name, adapters, { dvReleases, bhConsents, schoolConsents, demoPopulation: options.population, identityLinks }), {
      port: 0,
      verifyKey: keys.gatewaySigning.publicKey,
      auditStore: auditStores[name],
    });
  }
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphPath: fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url)),
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, subgraphs[n].url])) as Record<SubgraphName, string>,
    production: options.production ?? false,
    agencyTimeoutMs: options.agencyTimeoutMs ?? DEFAULT_RESILIENCE.timeoutMs,
    auth: {
      callers: { issuer: DEMO_ISSUER, audience: HUB_AUDIENCE, key: keys.demoIssuer.publicKey },
      signingKey: keys.gatewaySigning.privateKey,
      demoIssuerKey: keys.demoIssuer.privateKey,
    },
  });
  const tokenFor = (identity: DemoIdentityKey, purpose?: PurposeOfUse) => mintDemoToken(keys.demoIssuer.privateKey, identity, purpose);
  const caseworkerToken = await tokenFor('caseworker');
  return {
    gateway,
    tokenFor,
    keys,
    subgraphs,
    adapters,
    auditStores,
    dvReleases,
    bhConsents,
    schoolConsents,
    async query(query, variables, headers = {}) {
      const { authorization = `Bearer ${caseworkerToken}`, ...rest } = headers;
      const res = await fetch(gateway.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}), ...rest },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: await res.json() };
    },
    async close() {
      await gateway.close();
      await Promise.all(Object.values(subgraphs).map((s) => s.close()));
      await auditClient.close();
      // The registries this hub opened (a test's own stores are the test's to close).
      const opened = { dvReleases, bhConsents, schoolConsents };
      await Promise.all(
        Object.entries(opened)
          .filter(([key]) => !options.consentStores?.[key as keyof typeof opened])
          .map(([, store]) => store.close()),
      );
    },
  };
}
