/**
 * Caseworkers and caseloads: open cases are dealt to workers in the child's county, siblings to
 * the same worker, each worker filling up to a capacity drawn around the 15–25 open cases most
 * agencies aim for (a few carry more, the newest fewer), so caseload sizes vary realistically.
 */
import type { Caseworker } from '../child-welfare/port.js';
import type { Rng } from './prng.js';
import type { County } from './counties.js';
import { type Day } from './dates.js';
import { pad } from './ids.js';
import { ENGLISH_ORIGIN, HISPANIC_ORIGIN, ORIGIN_WEIGHTS } from './names.js';
import { provenance } from './record-kit.js';
import { AGENCY_SYSTEMS } from './population.js';
import { UNITS } from './child-welfare-catalog.js';

export class CaseworkerPool {
  readonly workers: Caseworker[] = [];
  private readonly byCounty = new Map<string, { current: Caseworker | null; load: number; cap: number; all: Caseworker[] }>();

  constructor(
    private readonly rng: Rng,
    private readonly ref: Day,
  ) {}

  private hire(county: County): Caseworker {
    const rng = this.rng;
    const origin = rng.chance(0.6) ? ENGLISH_ORIGIN : rng.chance(0.6) ? HISPANIC_ORIGIN : rng.weighted(ORIGIN_WEIGHTS);
    const female = rng.chance(0.8);
    const slot = this.slot(county);
    const n = this.workers.length + 1;
    const worker: Caseworker = {
      caseworkerId: `CW-W-${pad(n, 4)}`,
      firstName: rng.pick(female ? origin.female : origin.male),
      lastName: rng.pick(origin.surnames),
      unit: `${county.name} ${UNITS[Math.floor(slot.all.length / 6) % UNITS.length]} Unit ${Math.floor(slot.all.length / 6) + 1}`,
      county: county.name,
      provenance: provenance(AGENCY_SYSTEMS.childWelfare, rng, this.ref - 400, this.ref),
    };
    this.workers.push(worker);
    slot.all.push(worker);
    return worker;
  }

  private slot(county: County) {
    let s = this.byCounty.get(county.name);
    if (!s) {
      s = { current: null, load: 0, cap: 0, all: [] };
      this.byCounty.set(county.name, s);
    }
    return s;
  }

  private capacity(): number {
    const r = this.rng.next();
    if (r < 0.1) return this.rng.int(26, 34);
    if (r < 0.2) return this.rng.int(8, 14);
    return this.rng.int(15, 25);
  }

  /** The worker for a sibling group of `size` open cases. */
  assignOpen(county: County, size: number): Caseworker {
    const s = this.slot(county);
    if (!s.current || (s.load > 0 && s.load + size > s.cap)) {
      s.current = this.hire(county);
      s.load = 0;
      s.cap = this.capacity();
    }
    s.load += size;
    return s.current;
  }

  /** Whoever closed a past case: any worker in the county (hiring one if it has none). */
  assignClosed(county: County): Caseworker {
    const s = this.slot(county);
    return s.all.length > 0 ? this.rng.pick(s.all) : this.hire(county);
  }
}
