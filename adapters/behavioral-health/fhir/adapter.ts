/**
 * Behavioral health over a provider's FHIR R4 REST API (fhir-kit-client). The port's local id is
 * the patient's medical record number, `Patient.identifier` in the provider's MRN system; the
 * server's logical ids stay inside the adapter. A batch costs one search for the patients
 * (`Patient?identifier=mrn|a,mrn|b,…`), then for lists one search of the resource type by all
 * of their references (`EpisodeOfCare?patient=Patient/x,Patient/y,…`), each followed through
 * every Bundle page: two searches per batch whatever its size (more requests only when the
 * value lists must be split to keep URLs short), never one per key.
 */
import { Client } from 'fhir-kit-client';
import { AGENCY_SYSTEMS } from '../../port/agency-systems.js';
import type { AdapterHealth } from '../../port/batch-contract.js';
import { attempt, runBatch } from '../../sql/batch.js';
import type { BehavioralHealthAdapter, EpisodeOfCare } from '../port.js';
import { DEFAULT_MRN_SYSTEM } from './codes.js';
import { fhirDemographicsSource } from './demographics.js';
import { fhirFailure, FhirMappingError } from './fhir-errors.js';
import type { FhirCarePlan, FhirCondition, FhirEpisodeOfCare, FhirPatient, FhirResourceBase } from './fhir-types.js';
import { referencedId, toCarePlan, toCondition, toEpisode, toPatient } from './from-fhir.js';
import { escapeSearchValue, searchAll, type SearchContext } from './search-all.js';

export interface FhirBehavioralHealthOptions {
  /** The FHIR base URL, e.g. `https://ehr.example.org/fhir` (the test server's ends in `/4_0_1`). */
  baseUrl: string;
  /** `Patient.identifier.system` whose value is the port's local id. Default `DEFAULT_MRN_SYSTEM`. */
  identifierSystem?: string;
  /** The id of the system in provenance and identity links. Default `behavioral-health`. */
  sourceSystem?: string;
  /** `_count` asked per page. Default 100. */
  pageSize?: number;
  /** Largest batch one call accepts. Default 1000. */
  maxBatchSize?: number;
  /** Longest comma-joined value list in one URL (URL-encoded characters). Default 3000. */
  maxValueChars?: number;
  /** Deadline of each HTTP request. Default 10000 ms (the resilience layer's budget is usually shorter). */
  requestTimeoutMs?: number;
  /** Extra headers on every request, e.g. `{ authorization: 'Bearer …' }`. */
  headers?: Record<string, string>;
}

/** The base URL without a trailing slash; anything but an http(s) URL is refused at once. */
export function checkFhirBaseUrl(url: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.search || parsed.hash) {
    throw new TypeError(`FHIR base URL ${JSON.stringify(url)} is not an http(s) URL without query, e.g. https://ehr.example.org/fhir`);
  }
  return url.replace(/\/+$/, '');
}

const newestFirst = (episodes: EpisodeOfCare[]) => episodes.sort((a, b) => (a.periodStart < b.periodStart ? 1 : a.periodStart > b.periodStart ? -1 : 0));

export function createFhirBehavioralHealthAdapter(options: FhirBehavioralHealthOptions): BehavioralHealthAdapter {
  const baseUrl = checkFhirBaseUrl(options.baseUrl);
  const client = new Client({ baseUrl, customHeaders: options.headers });
  const ctx: SearchContext = {
    client,
    baseUrl,
    pageSize: options.pageSize ?? 100,
    maxValueChars: options.maxValueChars ?? 3000,
    requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
  };
  const system = options.identifierSystem ?? DEFAULT_MRN_SYSTEM;
  const sourceSystem = options.sourceSystem ?? AGENCY_SYSTEMS.behavioralHealth;

  /** MRN → its Patient (or an Error when several carry it); MRNs the server does not know are absent. */
  async function patientsByMrn(mrns: string[]): Promise<Map<string, FhirPatient | Error>> {
    const tokens = mrns.map((mrn) => `${escapeSearchValue(system)}|${escapeSearchValue(mrn)}`);
    const found = await searchAll<FhirPatient>(ctx, 'Patient', 'identifier', tokens);
    const wanted = new Set(mrns);
    const byMrn = new Map<string, FhirPatient | Error>();
    for (const patient of found) {
      // Exact string match here, so a server that folds case in token search cannot misattribute.
      const own = (patient.identifier ?? []).filter((i) => i.system === system && i.value !== undefined && wanted.has(i.value));
      for (const mrn of new Set(own.map((i) => i.value!))) {
        const earlier = byMrn.get(mrn);
        if (earlier === undefined || earlier instanceof Error || earlier.id === patient.id) {
          byMrn.set(mrn, earlier instanceof Error ? earlier : patient);
        } else {
          byMrn.set(mrn, new FhirMappingError(`several Patient resources (${earlier.id}, ${patient.id}) carry the same ${system} identifier; the port needs exactly one`));
        }
      }
    }
    return byMrn;
  }

  /** MRN → the patient's resources of one type, built into port records (an Error fails that MRN alone). */
  async function listsByMrn<R extends FhirResourceBase, T>(
    mrns: string[],
    resourceType: R['resourceType'],
    patientOf: (resource: R) => string | null,
    build: (resource: R) => T,
  ): Promise<Map<string, T[] | Error>> {
    const patients = await patientsByMrn(mrns);
    const lists = new Map<string, T[] | Error>();
    const known: Array<[string, FhirPatient]> = [];
    for (const [mrn, patient] of patients) {
      if (patient instanceof Error) lists.set(mrn, patient);
      else known.push([mrn, patient]);
    }
    if (known.length === 0) return lists;
    const references = [...new Set(known.map(([, p]) => `Patient/${p.id}`))];
    const byPatient = new Map<string, Map<string, R>>();
    for (const resource of await searchAll<R>(ctx, resourceType, 'patient', references)) {
      const owner = patientOf(resource);
      if (owner === null) continue;
      // A resource seen twice (a page boundary moving under a concurrent write) counts once.
      (byPatient.get(owner) ?? byPatient.set(owner, new Map()).get(owner)!).set(resource.id!, resource);
    }
    for (const [mrn, patient] of known) {
      lists.set(mrn, attempt(() => [...(byPatient.get(patient.id!)?.values() ?? [])].map(build)));
    }
    return lists;
  }

  return {
    capabilities: { sourceSystem, freshness: 'live', maxBatchSize: options.maxBatchSize ?? 1000 },
    health: () => fhirHealth(client, baseUrl, ctx.requestTimeoutMs),

    // Record linkage: every Patient, page by page (demographics.ts).
    demographics: () => fhirDemographicsSource({ client, baseUrl, requestTimeoutMs: ctx.requestTimeoutMs, identifierSystem: system, sourceSystem }),

    patientsByIds: (keys) =>
      runBatch(keys, async (mrns) => {
        const answers = new Map<string, ReturnType<typeof toPatient> | Error>();
        for (const [mrn, patient] of await patientsByMrn(mrns)) {
          answers.set(mrn, patient instanceof Error ? patient : attempt(() => toPatient(patient, mrn, sourceSystem)));
        }
        return answers;
      }),

    episodesByPatientIds: (keys) =>
      runBatch(keys, async (mrns) => {
        const lists = await listsByMrn<FhirEpisodeOfCare, EpisodeOfCare>(mrns, 'EpisodeOfCare', (r) => referencedId(r.patient, 'Patient'), (r) => toEpisode(r, sourceSystem));
        // The port promises episodes newest first.
        for (const list of lists.values()) if (Array.isArray(list)) newestFirst(list);
        return lists;
      }),

    conditionsByPatientIds: (keys) =>
      runBatch(keys, (mrns) => listsByMrn<FhirCondition, ReturnType<typeof toCondition>>(mrns, 'Condition', (r) => referencedId(r.subject, 'Patient'), (r) => toCondition(r, sourceSystem))),

    carePlansByPatientIds: (keys) =>
      runBatch(keys, (mrns) => listsByMrn<FhirCarePlan, ReturnType<typeof toCarePlan>>(mrns, 'CarePlan', (r) => referencedId(r.subject, 'Patient'), (r) => toCarePlan(r, sourceSystem))),
  };
}

/** `health()`: the server's CapabilityStatement (`GET metadata`) within the deadline. Reports, never rejects. */
async function fhirHealth(client: Client, baseUrl: string, timeoutMs: number): Promise<AdapterHealth> {
  const checkedAt = () => new Date().toISOString();
  try {
    const statement = (await client.capabilityStatement({ signal: AbortSignal.timeout(timeoutMs) })) as { resourceType?: string; fhirVersion?: string };
    if (statement.resourceType !== 'CapabilityStatement') {
      return { status: 'down', checkedAt: checkedAt(), detail: `FHIR server at ${baseUrl} answered metadata with ${statement.resourceType ?? 'JSON without a resourceType'}, not a CapabilityStatement` };
    }
    const version = statement.fhirVersion ?? 'unknown';
    const r4 = version.startsWith('4.0');
    return {
      status: r4 ? 'up' : 'degraded',
      checkedAt: checkedAt(),
      detail: `FHIR server at ${baseUrl} answered its CapabilityStatement (FHIR ${version}${r4 ? '' : '; this adapter reads R4, 4.0.x'})`,
    };
  } catch (error) {
    return { status: 'down', checkedAt: checkedAt(), detail: fhirFailure(error, baseUrl, 'metadata').message };
  }
}
