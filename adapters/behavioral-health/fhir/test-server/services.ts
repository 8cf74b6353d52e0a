/**
 * The node-fhir-server-core services of the test server: `search` answers a searchset Bundle with
 * `self` and `next` links (the framework leaves paging to the service), `searchById` a resource or
 * a 404 OperationOutcome. A store failure is an OperationOutcome too: 503 when the database cannot
 * be reached (RFC 9110 §15.6.4: a temporary condition), 500 otherwise.
 */
import { randomUUID } from 'node:crypto';
import core, { type ProfileService, type ServiceContext } from '@asymmetrik/node-fhir-server-core';
import { isTransient } from '../../../resilience/transient-errors.js';
import type { SqlDb } from '../../../sql/sql-db.js';
import type { FhirBundle } from '../fhir-types.js';
import { pageQuery, parseSearchRequest, SearchRequestError } from './search-request.js';
import { readResource, searchResources } from './store.js';

const { ServerError } = core;

function outcome(statusCode: number, code: string, text: string) {
  return new ServerError(text, { statusCode, issue: [{ severity: 'error', code, details: { text } }] });
}

function failure(error: unknown): Error {
  if (error instanceof ServerError) return error;
  if (error instanceof SearchRequestError) return outcome(400, 'invalid', error.message);
  if (isTransient(error)) return outcome(503, 'transient', `the FHIR server's database is unavailable: ${(error as Error).message}`);
  return outcome(500, 'exception', `the FHIR server failed: ${error instanceof Error ? error.message : String(error)}`);
}

function baseUrlOf(req: ServiceContext['req']): string {
  return `${req.protocol}://${req.get('host')}/${req.params.base_version}`;
}

export function resourceService(db: SqlDb, resourceType: string): ProfileService {
  return {
    async search(_args, { req }) {
      try {
        const request = parseSearchRequest(resourceType, req.query);
        const page = await searchResources(db, resourceType, request.criteria, request.count, request.after);
        const base = baseUrlOf(req);
        const link = [{ relation: 'self', url: `${base}/${resourceType}?${pageQuery(request, request.after)}` }];
        if (page.after !== null) link.push({ relation: 'next', url: `${base}/${resourceType}?${pageQuery(request, page.after)}` });
        const bundle: FhirBundle & { id: string; meta: { lastUpdated: string } } = {
          resourceType: 'Bundle',
          id: randomUUID(),
          meta: { lastUpdated: new Date().toISOString() },
          type: 'searchset',
          link,
          entry: page.resources.map((resource) => ({ fullUrl: `${base}/${resourceType}/${resource.id}`, resource, search: { mode: 'match' } })),
        };
        return bundle;
      } catch (error) {
        throw failure(error);
      }
    },
    async searchById(args) {
      try {
        const id = String(args.id ?? '');
        const resource = await readResource(db, resourceType, id);
        if (!resource) throw outcome(404, 'not-found', `${resourceType}/${id} is not known`);
        return resource;
      } catch (error) {
        throw failure(error);
      }
    },
  };
}
