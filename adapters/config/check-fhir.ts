/**
 * `adapter:check`'s preflight for behavioral health over FHIR R4: the base URL, `health()` (the
 * server's CapabilityStatement, as the subgraph's /health asks it), the searches the adapter uses
 * declared in that statement, then where the expected answers come from. Own data: the MRNs of
 * the first `--sample` patients a plain `Patient?_count=n` search returns. Null when a step failed.
 */
import { Client } from 'fhir-kit-client';
import { createFhirBehavioralHealthAdapter } from '../behavioral-health/fhir/adapter.js';
import { DEFAULT_MRN_SYSTEM } from '../behavioral-health/fhir/codes.js';
import type { FhirBundle, FhirPatient } from '../behavioral-health/fhir/fhir-types.js';
import { type Expectations, observedExpectations } from '../conformance/index.js';
import { redactUrl } from '../sql/probe.js';
import type { FhirConfig } from './adapter-config.js';
import type { CheckOptions, CheckSink } from './adapter-check.js';
import { knownExpectations, sameKeysForEveryMethod } from './check-expectations.js';
import { missingSearches } from './fhir-capabilities.js';

const TIMEOUT_MS = 10_000;

export async function preflightFhir(config: FhirConfig, options: CheckOptions, sink: CheckSink): Promise<Expectations | null> {
  const system = config.identifierSystem ?? DEFAULT_MRN_SYSTEM;
  const urlName = options.settings.fhirUrl?.name ?? 'the FHIR base URL';
  sink.step(true, `configuration: behavioral-health on fhir at ${redactUrl(config.url)}, local ids in Patient.identifier system ${system}`);

  const probe = createFhirBehavioralHealthAdapter({ baseUrl: config.url, identifierSystem: config.identifierSystem, requestTimeoutMs: TIMEOUT_MS });
  const health = await probe.health();
  sink.step(health.status === 'up', `health: ${health.status} — ${health.detail ?? ''}`);
  if (health.status === 'down') {
    sink.step(false, `    no FHIR R4 server answered ${redactUrl(config.url)}/metadata with a CapabilityStatement. Start it (the test server: \`npm run fhir:serve\`), or correct ${urlName} (the base URL, ending before /Patient).`);
    return null;
  }
  if (health.status !== 'up') return null;

  const client = new Client({ baseUrl: config.url.replace(/\/+$/, '') });
  const missing = missingSearches(await client.capabilityStatement({ signal: AbortSignal.timeout(TIMEOUT_MS) }));
  sink.step(missing.length === 0, missing.length === 0 ? 'capabilities: the CapabilityStatement declares every search the adapter uses' : 'capabilities: the CapabilityStatement lacks searches the adapter uses:');
  for (const problem of missing) sink.step(false, `    ${problem}`);
  if (missing.length > 0) return null;

  if (options.seededWith) return knownExpectations('behavioral-health', options.seededWith, sink);
  let mrns: string[];
  try {
    mrns = await firstMrns(client, system, options.sample);
  } catch (error) {
    // The client's error may carry the response body; only its kind is told (own data).
    sink.step(false, `expectations: the search Patient?_count=${options.sample} failed (${(error as Error).name}); the check needs it to find MRNs to ask with`);
    return null;
  }
  const observed = await observedExpectations('behavioral-health', probe, sameKeysForEveryMethod('behavioral-health', mrns));
  for (const problem of observed.problems) sink.step(false, `expectations: ${problem}`);
  sink.step(
    observed.problems.length === 0 && mrns.length > 0,
    `expectations: your own data — the MRNs (${system}) of the first ${mrns.length} patients the server lists, each asked alone; batches must agree (pass --seeded-with to check record content too)`,
  );
  return observed.expectations;
}

/** The local ids of the first `n` patients of an unfiltered search: their identifier in `system`. */
async function firstMrns(client: Client, system: string, n: number): Promise<string[]> {
  const bundle = (await client.search({ resourceType: 'Patient', searchParams: { _count: n }, options: { signal: AbortSignal.timeout(TIMEOUT_MS) } })) as FhirBundle;
  const patients = (bundle.entry ?? []).map((entry) => entry.resource).filter((r) => r?.resourceType === 'Patient') as FhirPatient[];
  return patients.flatMap((p) => (p.identifier ?? []).filter((i) => i.system === system && i.value !== undefined).map((i) => i.value!)).slice(0, n);
}
