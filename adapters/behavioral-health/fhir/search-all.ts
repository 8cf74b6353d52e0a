/**
 * One FHIR search for many values at once, every page of it. Values are joined with commas (OR,
 * hl7.org/fhir/R4/search.html §3.1.1.3), split over as few requests as keep each URL short
 * enough for any server, and each search's Bundle `next` links are followed until none is left.
 * Next URLs are opaque, but must stay on the server's origin: a server cannot send the client
 * (and its headers) elsewhere. A page whose next link repeats one already read is an error,
 * not an endless loop.
 */
import type { Client } from 'fhir-kit-client';
import { fhirFailure, FhirServerError, notABundle } from './fhir-errors.js';
import type { FhirBundle, FhirResourceBase } from './fhir-types.js';

export interface SearchContext {
  client: Client;
  baseUrl: string;
  /** `_count` asked for; the server may give fewer per page. */
  pageSize: number;
  /** Longest comma-joined value list in one request, in URL-encoded characters. */
  maxValueChars: number;
  /** Deadline of each HTTP request. */
  requestTimeoutMs: number;
}

const MAX_PAGES = 10_000;

/** A search value with FHIR's special characters escaped (`\` before `\ , | $`). */
export function escapeSearchValue(text: string): string {
  return text.replace(/[\\,|$]/g, '\\$&');
}

/** Values in groups whose comma-joined, URL-encoded form stays within `maxChars` (one value per group at least). */
export function chunkByLength(values: readonly string[], maxChars: number): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const value of values) {
    const size = encodeURIComponent(value).length + 3; // the %2C between values
    if (current.length > 0 && length + size > maxChars) {
      chunks.push(current);
      current = [];
      length = 0;
    }
    current.push(value);
    length += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** `got` as a searchset Bundle, or a `FhirServerError` saying what came instead. */
export function checkBundle(ctx: Pick<SearchContext, 'baseUrl'>, what: string, got: unknown): FhirBundle {
  const bundle = got as FhirBundle;
  if (typeof got !== 'object' || got === null || bundle.resourceType !== 'Bundle' || (bundle.type !== undefined && bundle.type !== 'searchset')) {
    throw notABundle(ctx.baseUrl, what, got);
  }
  return bundle;
}

function nextUrl(ctx: SearchContext, what: string, bundle: FhirBundle, seen: Set<string>): string | undefined {
  const url = bundle.link?.find((l) => l.relation === 'next')?.url;
  if (url === undefined) return undefined;
  let origin: string;
  try {
    origin = new URL(url, ctx.baseUrl).origin;
  } catch {
    throw new FhirServerError(`FHIR server at ${ctx.baseUrl} gave ${what} a next link that is not a URL`);
  }
  if (origin !== new URL(ctx.baseUrl).origin) throw new FhirServerError(`FHIR server at ${ctx.baseUrl} gave ${what} a next link to another origin (${origin}); not followed`);
  if (seen.has(url)) throw new FhirServerError(`FHIR server at ${ctx.baseUrl} gave ${what} a next link to a page already read`);
  seen.add(url);
  return url;
}

/**
 * Every resource of `resourceType` matching any of `values` for `param`, across all pages. Values
 * are sent as given: escape each part with `escapeSearchValue` before composing `system|value`.
 */
export async function searchAll<T extends FhirResourceBase>(
  ctx: SearchContext,
  resourceType: T['resourceType'],
  param: string,
  values: readonly string[],
): Promise<T[]> {
  const what = `a ${resourceType} search by ${param}`;
  const options = () => ({ signal: AbortSignal.timeout(ctx.requestTimeoutMs) });
  const searchOne = async (chunk: string[]): Promise<T[]> => {
    const found: T[] = [];
    const seen = new Set<string>();
    try {
      let bundle = checkBundle(ctx, what, await ctx.client.search({ resourceType, searchParams: { [param]: chunk.join(','), _count: ctx.pageSize }, options: options() }));
      for (let pages = 1; ; pages++) {
        // Only matches: a server may add `include` or `outcome` entries, which are not answers.
        for (const entry of bundle.entry ?? []) {
          if (entry.resource?.resourceType === resourceType && (entry.search?.mode ?? 'match') === 'match') found.push(entry.resource as T);
        }
        if (nextUrl(ctx, what, bundle, seen) === undefined) return found;
        if (pages >= MAX_PAGES) throw new FhirServerError(`FHIR server at ${ctx.baseUrl} gave ${what} more than ${MAX_PAGES} pages`);
        const next = ctx.client.nextPage({ bundle: bundle as Parameters<Client['nextPage']>[0]['bundle'], options: options() });
        bundle = checkBundle(ctx, what, await next);
      }
    } catch (error) {
      throw fhirFailure(error, ctx.baseUrl, what);
    }
  };
  const chunks = chunkByLength(values, ctx.maxValueChars);
  return (await Promise.all(chunks.map(searchOne))).flat();
}
