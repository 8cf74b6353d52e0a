/**
 * Demographics sources over the synthetic population: each agency's identifying fields, paged
 * (`adapters/port/demographics.ts`). Names and birth dates are the agency's own noisy copy.
 *
 * What the agency slices do not carry (sex outside child welfare, SSN, ZIP) is read from the
 * generator's truth ONLY where such a system realistically holds it, and with the noise a real
 * system has — stated here so the linkage numbers stay honest:
 * - sex: child welfare as recorded; BH (FHIR gender), schools (Ed-Fi sex) and DV (HMIS gender)
 *   from truth, 1–3% unknown;
 * - SSN: child welfare 70% (IV-E eligibility), BH 55% (Medicaid billing), DV 35% (HMIS, often
 *   refused), schools 3%; 1–2% of those held carry one keying error (a transposition or a
 *   wrong digit);
 * - ZIP: 90–98% held; 8% are stale (the person moved; another ZIP of the population). A DV program
 *   holds only the last permanent ZIP, for half its clients.
 * The extra fields come from a stream seeded by (seed, system, localId), so output is stable.
 *
 * DV records (VAWA, 34 U.S.C. 12291(b)(2)): the DV source yields a client only when its local id
 * is in `releasedDvLocalIds` (empty by default). Unreleased clients never leave this module.
 */
import { checkPageLimit, type DemographicRecord, type DemographicSex, type DemographicsSource } from '../port/demographics.js';
import { AGENCY_SYSTEMS } from '../port/agency-systems.js';
import type { SyntheticPopulation, TruePerson } from './population.js';
import { Rng, hashSeed } from './prng.js';
import { mistypeDigits } from './mistype-digits.js';
import { behavioralHealthDemographics, childWelfareDemographics, dvShelterDemographics, schoolsDemographics } from './dataset-demographics.js';

export interface SyntheticDemographicsOptions {
  /** DV client local ids with a signed release naming the hub; no others are ever yielded. */
  releasedDvLocalIds?: ReadonlySet<string>;
}

interface Holding {
  ssn: number;
  ssnError: number;
  zip: number;
  sexUnknown: number;
}

const HOLDINGS: Record<string, Holding> = {
  [AGENCY_SYSTEMS.childWelfare]: { ssn: 0.7, ssnError: 0.01, zip: 0.95, sexUnknown: 0 },
  [AGENCY_SYSTEMS.behavioralHealth]: { ssn: 0.55, ssnError: 0.015, zip: 0.9, sexUnknown: 0.01 },
  [AGENCY_SYSTEMS.dvShelter]: { ssn: 0.35, ssnError: 0.02, zip: 0.5, sexUnknown: 0.03 },
  [AGENCY_SYSTEMS.schools]: { ssn: 0.03, ssnError: 0.01, zip: 0.98, sexUnknown: 0.01 },
};
const STALE_ZIP = 0.08;

type Base = DemographicRecord;

export function createSyntheticDemographicsSources(
  population: SyntheticPopulation,
  options: SyntheticDemographicsOptions = {},
): DemographicsSource[] {
  const released = options.releasedDvLocalIds ?? new Set<string>();
  const truth = truthByRecord(population);
  const zips = [...new Set(population.people.map((p) => p.zip))].sort();
  const seed = population.options.seed;
  const finish = (b: Base): DemographicRecord => withHeldFields(b, truth.get(key(b.system, b.localId)), zips, seed);

  const cw = childWelfareDemographics(population.childWelfare).map(finish);
  const bh = behavioralHealthDemographics(population.behavioralHealth).map(finish);
  const schools = schoolsDemographics(population.schools).map(finish);
  // The release check comes first (dataset-demographics.ts): an unreleased client is not even mapped.
  const dv = dvShelterDemographics(population.dvShelter, released).map(finish);

  return [
    arraySource(AGENCY_SYSTEMS.childWelfare, cw),
    arraySource(AGENCY_SYSTEMS.behavioralHealth, bh),
    arraySource(AGENCY_SYSTEMS.schools, schools),
    arraySource(AGENCY_SYSTEMS.dvShelter, dv),
  ];
}

/** A paged source over an in-memory list; the cursor is the next offset. */
export function arraySource(system: string, records: readonly DemographicRecord[]): DemographicsSource {
  return {
    system,
    async page(cursor, limit) {
      checkPageLimit(limit);
      const start = cursor === null ? 0 : Number(cursor);
      if (!Number.isInteger(start) || start < 0) throw new RangeError(`bad cursor ${cursor}`);
      const end = Math.min(records.length, start + limit);
      return { records: records.slice(start, end), next: end < records.length ? String(end) : null };
    },
  };
}

function key(system: string, localId: string): string {
  return `${system}\u0000${localId}`;
}

function truthByRecord(population: SyntheticPopulation): Map<string, TruePerson> {
  const byId = new Map(population.people.map((p) => [p.personId, p]));
  const out = new Map<string, TruePerson>();
  for (const l of population.identity.links) {
    const p = byId.get(l.personId);
    if (p) out.set(key(l.system, l.localId), p);
  }
  return out;
}

function withHeldFields(b: Base, person: TruePerson | undefined, zips: string[], seed: number): DemographicRecord {
  const hold = HOLDINGS[b.system];
  if (!person || !hold) return { ...b, ssn: null, zip: null };
  const rng = new Rng(hashSeed(seed, `demographics:${b.system}:${b.localId}`));
  let ssn: string | null = null;
  if (person.ssn && rng.chance(hold.ssn)) ssn = rng.chance(hold.ssnError) ? mistypeDigits(rng, person.ssn) : person.ssn;
  let zip: string | null = null;
  if (rng.chance(hold.zip)) zip = rng.chance(STALE_ZIP) ? rng.pick(zips) : person.zip;
  let sex: DemographicSex | null = b.sex;
  if (sex === null) sex = rng.chance(hold.sexUnknown) ? 'UNKNOWN' : person.sex;
  return { ...b, sex, ssn, zip };
}
