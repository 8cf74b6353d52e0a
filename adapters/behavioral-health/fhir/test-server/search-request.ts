/**
 * A search's parameters as the test server reads them (hl7.org/fhir/R4/search.html): `identifier`
 * tokens (`system|value`, `|value`, `value`), `patient` references (`Patient/x` or `x`), several
 * values joined by commas meaning OR, `\` escaping `,` `|` `$` and `\` inside a value; `_count`
 * (capped, as the spec lets a server do) and the server's own opaque `_cursor` for later pages.
 * Other parameters are ignored, as the spec says a server should by default.
 */
import type { Criteria, TokenValue } from './store.js';

export const DEFAULT_COUNT = 50;
export const MAX_COUNT = 500;

export interface SearchRequest {
  criteria: Criteria;
  count: number;
  after: string | null;
}

export class SearchRequestError extends Error {
  override name = 'SearchRequestError';
}

/** Split at separators not escaped by a backslash. */
function splitUnescaped(text: string, separator: ',' | '|', limit = Infinity): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) {
      current += ch + text[++i];
    } else if (ch === separator && parts.length < limit - 1) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

const unescape = (text: string) => text.replace(/\\([\\,|$])/g, '$1');

function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new SearchRequestError(`${name} may be given once (several values go in one parameter, separated by commas)`);
  return value;
}

function tokens(raw: string): TokenValue[] {
  return splitUnescaped(raw, ',').map((part) => {
    const pieces = splitUnescaped(part, '|', 2);
    const value = unescape(pieces[pieces.length - 1]);
    if (value === '') throw new SearchRequestError('identifier has an empty value');
    if (pieces.length === 1) return { system: undefined, value };
    return { system: pieces[0] === '' ? null : unescape(pieces[0]), value };
  });
}

function patientIds(raw: string): string[] {
  return splitUnescaped(raw, ',').map((part) => {
    const match = /^(?:.*\/)?Patient\/([A-Za-z0-9\-.]{1,64})$/.exec(unescape(part)) ?? /^([A-Za-z0-9\-.]{1,64})$/.exec(part);
    if (!match) throw new SearchRequestError(`patient must reference a Patient (Patient/<id>), got ${JSON.stringify(part.slice(0, 80))}`);
    return match[1];
  });
}

export function encodeCursor(after: string): string {
  return Buffer.from(after, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string {
  const after = Buffer.from(cursor, 'base64url').toString('utf8');
  if (after === '' || encodeCursor(after) !== cursor) throw new SearchRequestError('_cursor is not one this server gave out');
  return after;
}

export function parseSearchRequest(resourceType: string, query: Record<string, unknown>): SearchRequest {
  const identifier = resourceType === 'Patient' ? single(query, 'identifier') : undefined;
  const patient = resourceType === 'Patient' ? undefined : single(query, 'patient');
  const countText = single(query, '_count');
  const cursor = single(query, '_cursor');
  let count = DEFAULT_COUNT;
  if (countText !== undefined) {
    if (!/^\d{1,9}$/.test(countText) || Number(countText) < 1) throw new SearchRequestError(`_count must be a whole number of at least 1, got ${JSON.stringify(countText.slice(0, 20))}`);
    count = Math.min(Number(countText), MAX_COUNT);
  }
  const criteria: Criteria =
    identifier !== undefined
      ? { kind: 'identifier', tokens: tokens(identifier) }
      : patient !== undefined
        ? { kind: 'patient', patientIds: patientIds(patient) }
        : { kind: 'all' };
  return { criteria, count, after: cursor === undefined ? null : decodeCursor(cursor) };
}

/** The query string of a page of the same search: criteria, `_count` and the cursor. */
export function pageQuery(request: SearchRequest, after: string | null): string {
  const params = new URLSearchParams();
  const escape = (text: string) => text.replace(/[\\,|$]/g, '\\$&');
  const c = request.criteria;
  if (c.kind === 'identifier') {
    params.set('identifier', c.tokens.map((t) => (t.system === undefined ? '' : `${escape(t.system ?? '')}|`) + escape(t.value)).join(','));
  }
  if (c.kind === 'patient') params.set('patient', c.patientIds.map((id) => `Patient/${id}`).join(','));
  params.set('_count', String(request.count));
  if (after !== null) params.set('_cursor', encodeCursor(after));
  return params.toString();
}
