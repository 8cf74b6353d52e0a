/**
 * What every agency builder shares: the context it reads (truth, involvement plan, calendar),
 * provenance stamps, and the link sink that writes the identity crosswalk — one SEEDED link per
 * agency record, made after the record existed and before the reference date.
 */
import type { PersonLink } from './population.js';
import type { Provenance } from '../port/provenance.js';
import type { Rng } from './prng.js';
import type { Community } from './households.js';
import type { Involvement } from './involvement.js';
import type { SchoolCalendar } from './school-calendar.js';
import { type Day, formatDateTime } from './dates.js';

export interface BuildContext {
  rng: Rng;
  ref: Day;
  community: Community;
  inv: Involvement;
  calendar: SchoolCalendar;
}

/** A time of day in office hours, as seconds since midnight UTC. */
export function officeSecond(rng: Rng): number {
  return rng.int(14 * 3600, 23 * 3600);
}

/** Last updated some day in [from, to − 1] (`to` is usually the reference date). */
export function provenance(sourceSystem: string, rng: Rng, from: Day, to: Day): Provenance {
  const lo = Math.min(from, to - 1);
  return { sourceSystem, lastUpdated: formatDateTime(rng.int(lo, to - 1), officeSecond(rng)) };
}

export class LinkSink {
  readonly links: PersonLink[] = [];
  constructor(
    private readonly system: string,
    private readonly rng: Rng,
    private readonly ref: Day,
  ) {}

  /** Links a local record created on `createdOn` to a hub person. */
  add(personId: string, localId: string, createdOn: Day): void {
    const day = Math.min(createdOn + this.rng.int(0, 30), this.ref - 1);
    this.links.push({
      personId,
      system: this.system,
      localId,
      method: 'SEEDED',
      score: 1,
      linkedAt: formatDateTime(day, officeSecond(this.rng)),
    });
  }
}

/** Share of people who get a second, duplicate record in the same system. */
export const DUPLICATE_RATE = 0.01;
