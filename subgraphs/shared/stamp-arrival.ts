import type { RequestHandler, Response } from 'express';

/**
 * Records when a request arrived, before its body is read: the gateway's agency budget and a
 * subgraph's time left both count from arrival, so reading the body and verifying the token come
 * out of them.
 */
export const stampArrival: RequestHandler = (_req, res, next) => {
  res.locals.arrivedAt = Date.now();
  next();
};

/** When `stampArrival` saw the request (epoch milliseconds). */
export const arrivedAt = (res: Response): number => res.locals.arrivedAt as number;
