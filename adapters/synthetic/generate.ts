/**
 * Entry point: a deterministic synthetic population — the truth (people, households), each
 * agency's noisy copy of it, and the identity crosswalk. The same options always give a
 * deep-equal result: one seeded stream per phase, no clock, no Math.random().
 */
import type { GeneratorOptions, SyntheticPopulation } from './population.js';
import { Rng } from './prng.js';
import { parseDay } from './dates.js';
import { buildHouseholds } from './households.js';
import { ensureShowcase, planInvolvement } from './involvement.js';
import { schoolCalendar } from './school-calendar.js';
import type { BuildContext } from './record-kit.js';
import { buildChildWelfare } from './child-welfare-records.js';
import { buildBehavioralHealth } from './behavioral-health-records.js';
import { buildDvShelter } from './dv-shelter-records.js';
import { buildSchools } from './school-records.js';

export const DEFAULT_GENERATOR_OPTIONS: GeneratorOptions = Object.freeze({
  seed: 20261101,
  size: 3000,
  referenceDate: '2026-11-01',
});

function checkOptions(o: GeneratorOptions): void {
  if (!Number.isInteger(o.seed)) throw new RangeError(`seed must be an integer, got ${o.seed}`);
  if (!Number.isInteger(o.size) || o.size < 0) throw new RangeError(`size must be a non-negative integer, got ${o.size}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(o.referenceDate) || Number.isNaN(parseDay(o.referenceDate))) {
    throw new RangeError(`referenceDate must be yyyy-mm-dd, got ${o.referenceDate}`);
  }
}

export function generatePopulation(options: Partial<GeneratorOptions> = {}): SyntheticPopulation {
  const opts: GeneratorOptions = { ...DEFAULT_GENERATOR_OPTIONS, ...options };
  checkOptions(opts);
  const stream = (label: string) => Rng.forLabel(opts.seed, label);
  const ref = parseDay(opts.referenceDate);
  const calendar = schoolCalendar(ref);

  const community = buildHouseholds(stream('households'), opts.size, opts.referenceDate);
  const inv = planInvolvement(stream('involvement'), community, ref, calendar.current.firstDay);
  ensureShowcase(inv, community);

  const ctx = (label: string): BuildContext => ({ rng: stream(label), ref, community, inv, calendar });
  const childWelfare = buildChildWelfare(ctx('child-welfare'));
  const behavioralHealth = buildBehavioralHealth(ctx('behavioral-health'));
  const dvShelter = buildDvShelter(ctx('dv-shelter'), childWelfare.outOfHome);
  const schools = buildSchools(ctx('schools'));

  return {
    options: { ...opts },
    people: community.people,
    households: community.homes.map((h) => h.household),
    identity: {
      links: [...childWelfare.links, ...behavioralHealth.links, ...dvShelter.links, ...schools.links],
    },
    childWelfare: childWelfare.dataset,
    behavioralHealth: behavioralHealth.dataset,
    dvShelter: dvShelter.dataset,
    schools: schools.dataset,
  };
}
