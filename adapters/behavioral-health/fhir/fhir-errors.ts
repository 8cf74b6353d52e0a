/**
 * What went wrong talking to a FHIR server, said so an operator can act on it: the server did not
 * answer (with the socket error kept as `cause`, so the resilience layer sees a connection-level
 * failure), answered something that is not FHIR (usually a wrong base URL), or answered an
 * OperationOutcome (its issues quoted). Messages name the resource type searched, never the ids
 * asked for: ids are client identifiers.
 */
import type { FhirOperationOutcome } from './fhir-types.js';

export class FhirServerError extends Error {
  override name = 'FhirServerError';
  constructor(
    message: string,
    /** The HTTP status, when the server answered. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A resource that is FHIR but lacks what the port needs: fails the key whose record it is. */
export class FhirMappingError extends Error {
  override name = 'FhirMappingError';
}

function isOutcome(data: unknown): data is FhirOperationOutcome {
  return typeof data === 'object' && data !== null && (data as { resourceType?: unknown }).resourceType === 'OperationOutcome';
}

export function describeOutcome(outcome: FhirOperationOutcome): string {
  const issues = (outcome.issue ?? []).map((i) => {
    const text = i.details?.text ?? i.diagnostics ?? '';
    return `${i.severity ?? 'error'}/${i.code ?? 'unknown'}${text ? `: ${text}` : ''}`;
  });
  return issues.length > 0 ? issues.join('; ') : 'an OperationOutcome without issues';
}

/** fhir-kit-client's (or fetch's) failure → a `FhirServerError` saying what happened. */
export function fhirFailure(error: unknown, baseUrl: string, what: string): FhirServerError {
  if (error instanceof FhirServerError) return error;
  const e = error as { name?: string; message?: string; response?: { status?: number; data?: unknown }; cause?: unknown };
  const status = e.response?.status;
  if (typeof status === 'number') {
    const data = e.response?.data;
    if (isOutcome(data)) {
      return new FhirServerError(`FHIR server at ${baseUrl} answered HTTP ${status} to ${what}: ${describeOutcome(data)}`, status, { cause: error });
    }
    const hint = typeof data === 'string' ? `a body that is not FHIR JSON (${JSON.stringify(data.slice(0, 60))}…)` : 'a body that is not an OperationOutcome';
    return new FhirServerError(
      `FHIR server at ${baseUrl} answered HTTP ${status} to ${what} with ${hint}; is ${baseUrl} the FHIR base URL (e.g. https://host/fhir or …/4_0_1)?`,
      status,
      { cause: error },
    );
  }
  if (e.name === 'TimeoutError' || e.name === 'AbortError') {
    return new FhirServerError(`FHIR server at ${baseUrl} did not answer ${what} in time`, undefined, { cause: error });
  }
  const reason = e.cause instanceof Error ? e.cause.message : (e.message ?? String(error));
  return new FhirServerError(`FHIR server at ${baseUrl} could not be reached for ${what}: ${reason}`, undefined, { cause: error });
}

/** A 200 answer that is JSON but not the Bundle a search must return. */
export function notABundle(baseUrl: string, what: string, got: unknown): FhirServerError {
  const type = typeof got === 'object' && got !== null ? (got as { resourceType?: unknown }).resourceType : undefined;
  const shape = type === undefined ? `JSON without a resourceType` : `a ${String(type)}`;
  return new FhirServerError(`FHIR server at ${baseUrl} answered ${what} with ${shape}, not a searchset Bundle; is ${baseUrl} the FHIR base URL?`);
}
