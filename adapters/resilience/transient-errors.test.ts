import { describe, expect, it } from 'vitest';
import { isTransient } from './transient-errors.js';

const withStatus = (status: number) => Object.assign(new Error(`HTTP ${status}`), { status });

describe('isTransient', () => {
  it('counts an HTTP 502, 503 or 504 (the server cannot serve now) as transient, other statuses not', () => {
    for (const status of [502, 503, 504]) expect(isTransient(withStatus(status)), String(status)).toBe(true);
    for (const status of [400, 404, 500, 501]) expect(isTransient(withStatus(status)), String(status)).toBe(false);
  });

  it('finds a refused connection in the cause chain (fetch wraps it as "fetch failed")', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect(isTransient(new Error('FHIR server could not be reached', { cause: new TypeError('fetch failed', { cause: refused }) }))).toBe(true);
    expect(isTransient(new Error('FHIR server answered a Bundle with a bad link'))).toBe(false);
  });
});
