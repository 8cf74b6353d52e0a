/**
 * Which failures are worth one more try: the connection-level ones (refused, reset, host
 * unreachable, the server restarting), which say nothing about the keys asked for. A per-key
 * problem (an invalid id, an unmapped code) is an answer, not a failure, and is never retried.
 */

const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST', // mysql2
  'UND_ERR_SOCKET', // undici (Node's fetch): the server closed the connection ("other side closed")
  'UND_ERR_CONNECT_TIMEOUT',
  '57P01', // PostgreSQL admin_shutdown
  '57P03', // PostgreSQL cannot_connect_now
  '08000', // SQLSTATE connection_exception and its subclasses
  '08001',
  '08003',
  '08004',
  '08006',
]);

/**
 * HTTP answers that say the server cannot serve now but may soon (RFC 9110 §15.6.3–15.6.5: bad
 * gateway, service unavailable, gateway timeout), carried as `status` by HTTP adapters' errors
 * (a FHIR server whose database is down answers 503).
 */
const TRANSIENT_HTTP_STATUSES = new Set([502, 503, 504]);

const TRANSIENT_MESSAGES = /connection terminated|connection refused|timeout exceeded when trying to connect|socket hang up/i;

export function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // Node reports a refused connection to a name with several addresses as an AggregateError.
  if (error instanceof AggregateError && error.errors.some(isTransient)) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number' && TRANSIENT_HTTP_STATUSES.has(status)) return true;
  if (TRANSIENT_MESSAGES.test(error.message)) return true;
  return error.cause !== undefined && error.cause !== error && isTransient(error.cause);
}
