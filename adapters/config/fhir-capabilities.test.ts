/**
 * The CapabilityStatement step of `adapter:check` for FHIR: a statement declaring every search the
 * adapter uses passes; one that lacks a resource's search-type interaction or a search parameter
 * is named, one line per gap (CapabilityStatement.rest.resource, FHIR R4).
 */
import { describe, expect, it } from 'vitest';
import { FHIR_SEARCHES_USED, missingSearches } from './fhir-capabilities.js';

const resource = (type: string, params: string[], interactions = ['read', 'search-type']) => ({
  type,
  interaction: interactions.map((code) => ({ code })),
  searchParam: params.map((name) => ({ name, type: 'token' })),
});
const statement = (resources: object[]) => ({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1', rest: [{ mode: 'server', resource: resources }] });
const complete = FHIR_SEARCHES_USED.map(({ type, param }) => resource(type, [param, '_id']));

describe('missingSearches', () => {
  it('finds nothing missing in a statement declaring every search the adapter uses', () => {
    expect(missingSearches(statement(complete))).toEqual([]);
  });

  it('names each resource whose search or search parameter is not declared', () => {
    const gaps = statement([
      resource('Patient', ['_id', 'family']),
      resource('EpisodeOfCare', ['patient'], ['read']),
      ...complete.filter((r) => r.type === 'Condition'),
    ]);
    expect(missingSearches(gaps)).toEqual([
      'Patient does not declare the search parameter "identifier"',
      'EpisodeOfCare does not declare the search-type interaction (the adapter searches it)',
      'CarePlan does not declare the search-type interaction (the adapter searches it)',
    ]);
  });
});
