/**
 * The plugin on a real Apollo Server, without HTTP framework: a resolver releases a person's
 * record and records it; the client gets the data only when the audit was written.
 */
import { ApolloServer, HeaderMap } from '@apollo/server';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditStore } from './audit-store.js';
import { createDisclosureRecorder } from './disclosure-recorder.js';
import { createPgliteClient } from '../sql/pglite-client.js';
import { createSqlAuditStore } from './sql-audit-store.js';
import { caseworkerFacts, uniqueChain } from './testing/sample-disclosures.js';
import { AUDIT_UNAVAILABLE_MESSAGE, useDisclosureAudit, type DisclosureAuditContext } from './use-disclosure-audit.js';

const SECRET = 'Opioid use disorder, in remission';
const schema = buildSchema(`
  type Query { record(personId: ID!): Record  ping: String }
  type Record { personId: ID!  diagnosis: String }
`);
const rootValue = {
  ping: () => 'pong',
  record({ personId }: { personId: string }, context: DisclosureAuditContext) {
    const facts = { personId, system: 'bh-ehr', localId: 'BH-000042', labels: ['SUD'], fields: ['Record.diagnosis'] };
    if (personId === 'P-DENIED') {
      context.audit.recordDeny({ ...facts, legalBasis: 'no Part 2 consent' });
      return null;
    }
    context.audit.recordPermit({ ...facts, legalBasis: 'Consent/123' });
    return { personId, diagnosis: SECRET };
  },
};
const RECORD = 'query ($id: ID!) { record(personId: $id) { personId diagnosis } }';
const withheld = {
  data: null,
  errors: [
    { message: AUDIT_UNAVAILABLE_MESSAGE, extensions: { code: 'AUDIT_UNAVAILABLE', subgraph: 'behavioral-health' } },
  ],
};

async function serverWith(store: AuditStore) {
  const server = new ApolloServer<DisclosureAuditContext>({
    schema,
    rootValue,
    plugins: [useDisclosureAudit({ store, subgraph: 'behavioral-health' })],
  });
  await server.start();
  return server;
}

const context = () => ({ audit: createDisclosureRecorder('behavioral-health', caseworkerFacts) });

async function run(store: AuditStore, query: string, variables = {}, contextValue: object = context()) {
  const server = await serverWith(store);
  try {
    const options = { contextValue: contextValue as DisclosureAuditContext };
    const { body } = await server.executeOperation({ query, variables }, options);
    if (body.kind !== 'single') throw new Error('expected a single result');
    return body.singleResult;
  } finally {
    await server.stop();
  }
}

/** A store whose append always fails, counting the attempts. */
function brokenStore(): AuditStore & { appends: number } {
  return {
    appends: 0,
    async append() {
      this.appends += 1;
      throw new Error('connection refused');
    },
    verify: async () => ({ ok: true, entries: 0 }),
    disclosuresFor: async () => [],
    health: async () => ({ status: 'down', checkedAt: new Date().toISOString(), detail: 'broken on purpose' }),
    close: async () => undefined,
  };
}

describe('useDisclosureAudit', () => {
  const client = createPgliteClient();
  let store: AuditStore;
  beforeAll(() => {
    store = createSqlAuditStore({ client, chain: uniqueChain('plugin'), closeClient: false });
  });
  afterAll(() => client.close());

  it('releases the data once its disclosure is in the audit', async () => {
    const result = await run(store, RECORD, { id: 'P-000110' });
    expect(result).toEqual({ data: { record: { personId: 'P-000110', diagnosis: SECRET } } });
    expect(await store.disclosuresFor({ personId: 'P-000110' })).toMatchObject([
      {
        decision: 'PERMIT',
        requestId: 'req-0001',
        subgraph: 'behavioral-health',
        labels: ['SUD'],
        fields: ['Record.diagnosis'],
        legalBasis: 'Consent/123',
      },
    ]);
  });

  it('audits a denial too', async () => {
    expect(await run(store, RECORD, { id: 'P-DENIED' })).toEqual({ data: { record: null } });
    const denied = await store.disclosuresFor({ personId: 'P-DENIED' });
    expect(denied).toMatchObject([{ decision: 'DENY', legalBasis: 'no Part 2 consent' }]);
  });

  it('does not touch the store for a request that recorded nothing', async () => {
    const broken = brokenStore();
    expect(await run(broken, '{ ping }')).toEqual({ data: { ping: 'pong' } });
    expect(broken.appends).toBe(0);
  });

  it('releases no data when the append fails', async () => {
    const broken = brokenStore();
    expect(await run(broken, RECORD, { id: 'P-000110' })).toEqual(withheld);
    expect(broken.appends).toBe(1);
  });

  it('releases no data when the audit database is gone (a real PGlite store, closed)', async () => {
    const database = createPgliteClient();
    const gone = createSqlAuditStore({ client: database, chain: uniqueChain('gone') });
    expect(await gone.health()).toMatchObject({ status: 'up' });
    await database.close(); // the database goes away under a store that was working
    expect(await run(gone, RECORD, { id: 'P-000110' })).toEqual(withheld);
    await gone.close();
    expect(await run(gone, RECORD, { id: 'P-000110' })).toEqual(withheld);
  });

  it('sends the client over HTTP nothing but the error when the append fails', async () => {
    const server = await serverWith(brokenStore());
    try {
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: 'POST',
          headers: new HeaderMap([['content-type', 'application/json']]),
          search: '',
          body: { query: RECORD, variables: { id: 'P-000110' } },
        },
        context: async () => context(),
      });
      if (response.body.kind !== 'complete') throw new Error('expected a complete body');
      expect(response.body.string).not.toContain(SECRET);
      expect(response.body.string).not.toContain('P-000110');
      expect(JSON.parse(response.body.string)).toEqual(withheld);
    } finally {
      await server.stop();
    }
  });

  it('releases nothing when the context carries no recorder', async () => {
    expect(await run(store, '{ ping }', {}, {})).toEqual(withheld);
  });
});
