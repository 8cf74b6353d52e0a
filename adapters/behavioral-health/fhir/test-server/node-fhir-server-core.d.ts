/**
 * The part of @asymmetrik/node-fhir-server-core 2.2.5 (CommonJS, no type declarations) the test
 * server uses: `initialize(config)` builds an Express app with one route set per profile, whose
 * service methods receive the sanitized search arguments and `{ req }`.
 */
declare module '@asymmetrik/node-fhir-server-core' {
  import type { IncomingMessage, RequestListener } from 'node:http';

  export interface ServiceContext {
    req: IncomingMessage & { query: Record<string, unknown>; protocol: string; get(header: string): string | undefined; params: Record<string, string> };
  }
  export interface ProfileService {
    search?(args: Record<string, unknown>, context: ServiceContext): Promise<unknown>;
    searchById?(args: Record<string, unknown>, context: ServiceContext): Promise<unknown>;
  }
  export interface ServerConfig {
    profiles: Record<string, { service: ProfileService; versions: string[] }>;
    server?: { port?: number; corsOptions?: object };
    logging?: { level?: string };
    statementGenerator?: unknown;
  }
  export interface FhirServer {
    app: RequestListener & { listen(port: number, host: string, callback: () => void): import('node:http').Server };
  }
  export class ServerError extends Error {
    constructor(message: string, options?: { statusCode?: number; issue?: Array<Record<string, unknown>> });
    statusCode?: number;
  }
  export const loggers: { get(name?: string): { silent: boolean } };
  export const constants: { VERSIONS: Record<string, string> };
  export function initialize(config: ServerConfig): FhirServer;
  const core: { initialize: typeof initialize; ServerError: typeof ServerError; loggers: typeof loggers; constants: typeof constants };
  export default core;
}
