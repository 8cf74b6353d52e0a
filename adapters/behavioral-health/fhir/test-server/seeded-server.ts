/**
 * A test FHIR server over its own PostgreSQL schema: migrate, seed (when given a dataset), serve.
 * `close()` stops the server, drops the schema when asked to, and ends the pool.
 */
import { sql } from 'kysely';
import { createPostgresKysely } from '../../../sql/postgres-connection.js';
import type { SqlDb } from '../../../sql/sql-db.js';
import type { BehavioralHealthDataset } from '../../../synthetic/population.js';
import { seedFhirStore, type SeedCounts } from './seed.js';
import { type RunningFhirServer, startFhirTestServer } from './server.js';
import { migrateFhirStore } from './store.js';

export interface SeededServerOptions {
  connectionString: string;
  schema: string;
  /** Replace the store's resources with this dataset; omit to serve what the schema holds. */
  data?: BehavioralHealthDataset;
  port?: number;
  host?: string;
  verbose?: boolean;
  /** Drop the schema on close (tests). Default false. */
  dropOnClose?: boolean;
}

export interface SeededFhirServer extends RunningFhirServer {
  db: SqlDb;
  counts: SeedCounts | null;
}

export async function startSeededFhirServer(options: SeededServerOptions): Promise<SeededFhirServer> {
  const db = createPostgresKysely({ connectionString: options.connectionString, schema: options.schema, max: 5 });
  try {
    await migrateFhirStore(db, options.schema);
    const counts = options.data ? await seedFhirStore(db, options.data) : null;
    const server = await startFhirTestServer({ db, port: options.port, host: options.host, verbose: options.verbose });
    return {
      ...server,
      db,
      counts,
      close: async () => {
        await server.close();
        if (options.dropOnClose) await sql`drop schema if exists ${sql.id(options.schema)} cascade`.execute(db);
        await db.destroy();
      },
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
