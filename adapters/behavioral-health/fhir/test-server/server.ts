/**
 * A FHIR R4 server for tests and demos, on node-fhir-server-core, serving Patient, EpisodeOfCare,
 * Condition and CarePlan from a PostgreSQL store (store.ts): search by `identifier` / `patient`
 * with `_count` paging through Bundle `next` links, and read by id. Base URL `<url>/4_0_1`.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import core from '@asymmetrik/node-fhir-server-core';
import type { SqlDb } from '../../../sql/sql-db.js';
import { resourceService } from './services.js';

export const FHIR_RESOURCE_TYPES = ['Patient', 'EpisodeOfCare', 'Condition', 'CarePlan'] as const;
const R4 = '4_0_1';

export interface FhirTestServerOptions {
  /** The store, migrated (`migrateFhirStore`) and usually seeded (`seedFhirStore`). */
  db: SqlDb;
  /** Default 0: an ephemeral port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Log the framework's errors (404s, OperationOutcomes) to the console. Default false. */
  verbose?: boolean;
}

export interface RunningFhirServer {
  /** The FHIR base URL, e.g. http://127.0.0.1:4103/4_0_1. */
  baseUrl: string;
  port: number;
  /** HTTP requests served so far (tests check a batch costs a fixed number). */
  requestCount(): number;
  close(): Promise<void>;
}

export async function startFhirTestServer(options: FhirTestServerOptions): Promise<RunningFhirServer> {
  const profiles = Object.fromEntries(FHIR_RESOURCE_TYPES.map((type) => [type, { service: resourceService(options.db, type), versions: [R4] }]));
  const fhir = core.initialize({ profiles, logging: { level: 'error' } });
  // The framework's logger is one per process; it logs every error response at `error` level.
  core.loggers.get('default').silent = !options.verbose;
  const host = options.host ?? '127.0.0.1';
  // `server.listen` insists on a configured port; the Express app listens on any, 0 included.
  const http: Server = await new Promise((resolve, reject) => {
    const s = fhir.app.listen(options.port ?? 0, host, () => resolve(s));
    s.once('error', reject);
  });
  const port = (http.address() as AddressInfo).port;
  let requests = 0;
  http.on('request', () => void requests++);
  return {
    baseUrl: `http://${host}:${port}/${R4}`,
    port,
    requestCount: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      }),
  };
}
