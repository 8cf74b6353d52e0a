/**
 * Bad HTTP input gets a GraphQL-shaped JSON error that says what was wrong, never an HTML page
 * with a stack trace: a body that is not JSON (400), a body over the size limit (413).
 */
import type { ErrorRequestHandler } from 'express';
import { logger } from './logger.js';

interface HttpError extends Error {
  status?: number;
  type?: string;
  limit?: number;
}

export function jsonErrorHandler(limitLabel: string): ErrorRequestHandler {
  return (error: HttpError, _req, res, _next) => {
    const status = error.status ?? 500;
    const message =
      error.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : error.type === 'entity.too.large'
          ? `The request body is larger than the ${limitLabel} limit.`
          : status < 500
            ? error.message
            : 'Internal server error.';
    if (status >= 500) logger.error({ err: error }, 'request failed');
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  };
}
