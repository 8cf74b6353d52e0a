/**
 * The behavioral health provider's demographics for record linkage (`port/demographics.ts`),
 * read from its FHIR R4 server: a Patient search (`GET Patient?_count=<limit>`), then the
 * Bundle's `next` links. The cursor is the next link itself, opaque to the hub; it must stay on
 * the server's origin (a cursor cannot send the client, and its headers, elsewhere), and its
 * `_count` is set to each page's limit, the standard search parameter (hl7.org/fhir/R4/search.html
 * §3.1.1.5.6), so a page never holds more than asked — a server that sends more anyway breaks the
 * paging contract and fails the page.
 *
 * Per Patient: the local id is the identifier in the MRN system (a Patient without one cannot
 * be asked for through the port and is left out); the official name (else the first): first
 * given → firstName, further givens → middleName, family, first suffix; birthDate as a full date
 * only (a partial `1990` or `1990-04` is null with HMIS data quality 2, approximate), and when it
 * is missing, its data-absent-reason as HMIS data quality (`data-absent-reason.ts`); gender
 * female/male → FEMALE/MALE, other/unknown → UNKNOWN, absent → null; the SSN only from an
 * identifier in `http://hl7.org/fhir/sid/us-ssn`; the ZIP of the home address (else any address
 * that is not `old` and has no ended period).
 */
import type { Client } from 'fhir-kit-client';
import { type DataQualityCode } from '../../port/data-quality.js';
import { checkPageLimit, type DemographicRecord, type DemographicSex, type DemographicsSource, normaliseSsn, normaliseZip } from '../../port/demographics.js';
import { US_SSN_SYSTEM } from './codes.js';
import { dataQualityOfAbsent } from './data-absent-reason.js';
import { fhirFailure, FhirServerError } from './fhir-errors.js';
import { officialName } from './from-fhir.js';
import type { FhirPatient } from './fhir-types.js';
import { checkBundle } from './search-all.js';

export interface FhirDemographicsContext {
  client: Client;
  baseUrl: string;
  requestTimeoutMs: number;
  /** Patient.identifier.system of the MRN (the port's local id). */
  identifierSystem: string;
  sourceSystem: string;
}

const WHAT = 'the Patient listing for record linkage';

export function fhirDemographicsSource(ctx: FhirDemographicsContext): DemographicsSource {
  const options = () => ({ signal: AbortSignal.timeout(ctx.requestTimeoutMs) });
  return {
    system: ctx.sourceSystem,
    async page(cursor, limit) {
      checkPageLimit(limit);
      let got: unknown;
      try {
        got = cursor === null
          ? await ctx.client.search({ resourceType: 'Patient', searchParams: { _count: limit }, options: options() })
          : await ctx.client.request(pageUrl(ctx, cursor, limit), { options: options() });
      } catch (error) {
        throw fhirFailure(error, ctx.baseUrl, WHAT);
      }
      const bundle = checkBundle(ctx, WHAT, got);
      const patients = (bundle.entry ?? [])
        .filter((e) => e.resource?.resourceType === 'Patient' && (e.search?.mode ?? 'match') === 'match')
        .map((e) => e.resource as FhirPatient);
      if (patients.length > limit) throw new FhirServerError(`FHIR server at ${ctx.baseUrl} answered ${WHAT} with ${patients.length} patients for _count=${limit}`);
      const records = patients.flatMap((p) => toDemographic(p, ctx));
      const next = bundle.link?.find((l) => l.relation === 'next')?.url ?? null;
      if (next !== null) pageUrl(ctx, next, limit); // refuse a next link off the server's origin now, not on the next call
      return { records, next };
    },
  };
}

/** The next link with this page's `_count`; only on the server's own origin. */
function pageUrl(ctx: FhirDemographicsContext, cursor: string, limit: number): string {
  let url: URL;
  try {
    url = new URL(cursor, ctx.baseUrl);
  } catch {
    throw new FhirServerError(`a cursor for ${WHAT} that is not a URL`);
  }
  if (url.origin !== new URL(ctx.baseUrl).origin) throw new FhirServerError(`a cursor for ${WHAT} on another origin (${url.origin}); not followed`);
  url.searchParams.set('_count', String(limit));
  return url.toString();
}

const GENDER: Readonly<Record<string, DemographicSex>> = { female: 'FEMALE', male: 'MALE', other: 'UNKNOWN', unknown: 'UNKNOWN' };

export function toDemographic(p: FhirPatient, ctx: Pick<FhirDemographicsContext, 'identifierSystem' | 'sourceSystem'>): DemographicRecord[] {
  const mrn = p.identifier?.find((i) => i.system === ctx.identifierSystem && i.value)?.value;
  if (mrn === undefined) return [];
  const name = officialName(p);
  const [first, ...middle] = name?.given ?? [];
  const fullDate = p.birthDate !== undefined && /^\d{4}-\d{2}-\d{2}/.test(p.birthDate) ? p.birthDate.slice(0, 10) : null;
  const birthQuality: DataQualityCode | undefined =
    p.birthDate !== undefined && fullDate === null ? 2 : dataQualityOfAbsent('birthDate', p.birthDate, p._birthDate)[0]?.code;
  const address = p.address?.find((a) => a.use === 'home' && !a.period?.end) ?? p.address?.find((a) => a.use !== 'old' && !a.period?.end);
  return [{
    system: ctx.sourceSystem,
    localId: mrn,
    firstName: first ?? null,
    middleName: middle.length > 0 ? middle.join(' ') : null,
    lastName: name?.family ?? null,
    suffix: name?.suffix?.[0] ?? null,
    birthDate: fullDate,
    sex: p.gender === undefined ? null : GENDER[p.gender] ?? null,
    ssn: normaliseSsn(p.identifier?.find((i) => i.system === US_SSN_SYSTEM)?.value),
    zip: normaliseZip(address?.postalCode),
    dataQuality: birthQuality === undefined ? null : { birthDate: birthQuality },
  }];
}
