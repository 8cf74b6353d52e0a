/** The audit store suite on PGlite: runs everywhere, no server needed. */
import { createPgliteClient } from '../sql/pglite-client.js';
import { createSqlAuditStore } from './sql-audit-store.js';
import { describeAuditStore } from './testing/audit-store-suite.js';

describeAuditStore('SQL audit store on PGlite', async () => {
  // One in-memory database for the file (PGlite takes seconds to start); each test has its own chain.
  const client = createPgliteClient();
  return {
    open: (chain) => createSqlAuditStore({ client, chain, closeClient: false }),
    sql: (text, params) => client.query(text, params),
    close: () => client.close(),
  };
});
