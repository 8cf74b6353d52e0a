/**
 * Consent periods as instants. FHIR dateTime may be a bare date; a bare start begins that day and
 * a bare end covers the whole of that day (both in UTC), so "valid through 2026-03-31" means what
 * the signed form says. `end` returned here is exclusive.
 */
import type { ConsentPeriod } from './types.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY_MS = 86_400_000;

/** The instant a FHIR date or dateTime names, or undefined when it is neither. */
export function parseFhirDateTime(value: string, edge: 'start' | 'end'): Date | undefined {
  if (DATE_ONLY.test(value)) {
    const day = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) return undefined;
    return edge === 'end' ? new Date(day.getTime() + DAY_MS) : day;
  }
  if (!DATE_TIME.test(value)) return undefined;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

export interface PeriodBounds {
  start: Date;
  /** Exclusive; undefined = open-ended. */
  end?: Date;
}

/** Throws on a malformed period; validation reports it as a problem before anything is stored. */
export function periodBounds(period: ConsentPeriod): PeriodBounds {
  const start = parseFhirDateTime(period.start, 'start');
  if (!start) throw new Error(`period.start "${period.start}" is not a FHIR date or dateTime`);
  if (period.end === undefined) return { start };
  const end = parseFhirDateTime(period.end, 'end');
  if (!end) throw new Error(`period.end "${period.end}" is not a FHIR date or dateTime`);
  return { start, end };
}

/** Length of the period in days (a bare 2026-01-01 … 2026-03-31 is 90 days). */
export function periodDays(bounds: PeriodBounds): number | undefined {
  return bounds.end ? (bounds.end.getTime() - bounds.start.getTime()) / DAY_MS : undefined;
}
