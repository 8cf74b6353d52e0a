/** The consent store suite on PGlite: runs everywhere, no server needed. */
import { createPgliteClient } from '../sql/pglite-client.js';
import { createSqlConsentStore } from './sql-consent-store.js';
import { describeConsentStore } from './testing/consent-store-suite.js';

describeConsentStore('SQL consent store on PGlite', async () => {
  // One in-memory database for the file (PGlite takes a moment to start).
  const client = createPgliteClient();
  const namespace = 'consent_test';
  await client.query('SELECT 1'); // start it inside the hook's timeout, not the first test's
  return {
    open: ({ now, owner }) => createSqlConsentStore({ client, namespace, now, owner, closeClient: false }),
    sql: (text, params) => client.query(text, params),
    table: `${namespace}.consents`,
    close: () => client.close(),
  };
});
