/**
 * What the FHIR adapter needs a server to declare in its CapabilityStatement (FHIR R4
 * CapabilityStatement.rest.resource `interaction` and `searchParam`, read with fhir-kit-client's
 * CapabilityTool): the search of each resource type it reads, by the parameter it searches with.
 * A server that leaves one out will refuse those searches, so `adapter:check` names the gap first.
 */
import { CapabilityTool, type FhirResource } from 'fhir-kit-client';

export const FHIR_SEARCHES_USED: ReadonlyArray<{ type: string; param: string }> = [
  { type: 'Patient', param: 'identifier' },
  { type: 'EpisodeOfCare', param: 'patient' },
  { type: 'Condition', param: 'patient' },
  { type: 'CarePlan', param: 'patient' },
];

/** One line per search the statement does not declare; empty when every one is there. */
export function missingSearches(statement: FhirResource): string[] {
  const tool = new CapabilityTool(statement);
  return FHIR_SEARCHES_USED.flatMap(({ type, param }) => {
    if (!tool.resourceCan(type, 'search-type')) return [`${type} does not declare the search-type interaction (the adapter searches it)`];
    if (!tool.resourceSearch(type, param)) return [`${type} does not declare the search parameter "${param}"`];
    return [];
  });
}
