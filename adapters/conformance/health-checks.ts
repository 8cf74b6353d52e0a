/**
 * What every adapter has besides batch methods: `capabilities` (business code branches on it, so
 * it must be well-formed), `health()` (the hub's readiness reads it) and an idempotent `close()`.
 */
import type { AdapterCheck, AdapterCheckContext } from './check.js';
import { show, violation } from './violation.js';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** How far `checkedAt` may be from this machine's clock (it is when the check ran, not cached for long). */
const CLOCK_TOLERANCE_MS = 10 * 60 * 1000;

export async function checkCapabilities({ adapter }: AdapterCheckContext): Promise<void> {
  const caps = (adapter as { capabilities?: Record<string, unknown> }).capabilities;
  if (!caps || typeof caps !== 'object') violation(`capabilities must be an object, is ${show(caps)}`);
  if (typeof caps.sourceSystem !== 'string' || caps.sourceSystem.trim() === '') {
    violation(`capabilities.sourceSystem must be a non-empty string, is ${show(caps.sourceSystem)}`);
  }
  if (caps.freshness !== 'live' && caps.freshness !== 'snapshot') {
    violation(`capabilities.freshness must be 'live' or 'snapshot', is ${show(caps.freshness)}`);
  }
  const max = caps.maxBatchSize;
  if (typeof max !== 'number' || !Number.isInteger(max) || max < 1) {
    violation(`capabilities.maxBatchSize must be an integer >= 1, is ${show(max)}`);
  }
}

export async function checkHealth({ adapter }: AdapterCheckContext): Promise<void> {
  const health = (adapter as { health?: () => Promise<unknown> }).health;
  if (typeof health !== 'function') violation('the adapter has no health() method');
  let result: unknown;
  try {
    result = await health.call(adapter);
  } catch (error) {
    violation(`health() must resolve (report 'down' instead of rejecting), rejected with ${show(error)}`);
  }
  const { status, checkedAt, detail } = (result ?? {}) as Record<string, unknown>;
  if (status !== 'up' && status !== 'degraded' && status !== 'down') {
    violation(`health().status must be 'up', 'degraded' or 'down', is ${show(status)}`);
  }
  if (typeof checkedAt !== 'string' || !ISO_DATE_TIME.test(checkedAt) || Number.isNaN(Date.parse(checkedAt))) {
    violation(`health().checkedAt must be an ISO-8601 date-time with a zone, is ${show(checkedAt)}`);
  }
  if (Math.abs(Date.parse(checkedAt) - Date.now()) > CLOCK_TOLERANCE_MS) {
    violation(`health().checkedAt must be when the check ran; is ${checkedAt}, now ${new Date().toISOString()}`);
  }
  if (detail !== undefined && typeof detail !== 'string') {
    violation(`health().detail must be a string when present, is ${show(detail)}`);
  }
  if (status !== 'up') violation(`a fresh adapter must report 'up', reported ${show(result)}`);
}

/** `close()` is optional; when present it resolves, and a second call resolves too. */
export async function checkClose({ adapter }: AdapterCheckContext): Promise<void> {
  const close = (adapter as { close?: unknown }).close;
  if (close === undefined) return;
  if (typeof close !== 'function') violation(`close must be a function when present, is ${show(close)}`);
  for (const attempt of ['first', 'second']) {
    try {
      await close.call(adapter);
    } catch (error) {
      violation(`close() must resolve on the ${attempt} call, rejected with ${show(error)}`);
    }
  }
}

export const healthAdapterChecks: AdapterCheck[] = [
  {
    group: 'capabilities',
    title: 'sourceSystem, freshness and maxBatchSize are well-formed',
    run: checkCapabilities,
  },
  {
    group: 'health',
    title: "health() resolves to a status and an ISO checkedAt, 'up' when fresh",
    run: checkHealth,
  },
  { group: 'health', title: 'close(), when present, resolves and is idempotent', run: checkClose },
];
