/**
 * Linkage evaluation data at the scale of real intake: every person of a generated community is
 * a client of at least one of the four agencies (≈1.7 records per person, ≈170k records for
 * 100k people), each record the agency's own noisy copy (`../corrupt.ts` per agency profile plus
 * `intake-errors.ts`), with re-registrations inside one agency, skewed name frequencies
 * (`name-frequency.ts`), and the community's twins and Jr/Sr father–son pairs.
 * This is NOT the demo population (`../generate.ts`): the hub's subgraphs never serve it; it
 * exists so `npm run linkage:eval` and `npm run bench` measure the engine on a realistic load.
 * Deterministic: the same options give the same records.
 */
import type { DemographicRecord } from '../../port/demographics.js';
import { AGENCY_SYSTEMS } from '../../port/agency-systems.js';
import type { TruePerson } from '../population.js';
import { Rng } from '../prng.js';
import { ageOn, parseDay } from '../dates.js';
import { buildHouseholds } from '../households.js';
import { recordIdentity, VARIATION_PROFILES, type VariationProfile } from '../corrupt.js';
import { pad } from '../ids.js';
import { skewedNames } from './name-frequency.js';
import { alternateSurname, heldFields, type Holding, mistypeYear, shiftDay } from './intake-errors.js';

export interface IntakeOptions {
  size: number;
  seed: number;
  referenceDate: string;
  /** Share of records registered a second time in the same system (a re-referral, a new MRN). */
  duplicateRate: number;
}

export const DEFAULT_INTAKE_OPTIONS: IntakeOptions = { size: 5000, seed: 1, referenceDate: '2026-11-01', duplicateRate: 0.06 };

export interface IntakeDataset {
  people: TruePerson[];
  records: DemographicRecord[];
  /** The truth: which person each record belongs to (shape of the identity links). */
  links: Array<{ system: string; localId: string; personId: string }>;
}

interface Agency {
  system: string;
  prefix: string;
  profile: VariationProfile;
  hold: Holding;
  /** Keeps a separate suffix field (else a suffix is typed into the surname or lost). */
  suffixField: boolean;
  /** Extra birth-date errors of this system. */
  yearTypo: number;
  approximateDob: number;
  /** Chance that a person of this age and role is this agency's client. */
  reach(age: number, person: TruePerson): number;
}

const AGENCIES: readonly Agency[] = [
  {
    system: AGENCY_SYSTEMS.schools, prefix: 'S', profile: VARIATION_PROFILES.schools, suffixField: true,
    hold: { ssn: 0.03, ssnError: 0.01, zip: 0.98, staleZip: 0.05, sexUnknown: 0.01 }, yearTypo: 0.002, approximateDob: 0,
    reach: (age) => (age >= 4 && age <= 18 ? 0.95 : age >= 19 && age <= 21 ? 0.2 : 0),
  },
  {
    system: AGENCY_SYSTEMS.childWelfare, prefix: 'C', profile: VARIATION_PROFILES.childWelfare, suffixField: true,
    hold: { ssn: 0.7, ssnError: 0.01, zip: 0.95, staleZip: 0.1, sexUnknown: 0 }, yearTypo: 0.004, approximateDob: 0,
    reach: (age, p) => (p.role === 'CHILD' ? 0.5 : 0.55),
  },
  {
    system: AGENCY_SYSTEMS.behavioralHealth, prefix: 'B', profile: VARIATION_PROFILES.behavioralHealth, suffixField: false,
    hold: { ssn: 0.55, ssnError: 0.015, zip: 0.9, staleZip: 0.1, sexUnknown: 0.01 }, yearTypo: 0.006, approximateDob: 0,
    reach: (age) => (age >= 12 ? 0.55 : 0.2),
  },
  {
    system: AGENCY_SYSTEMS.dvShelter, prefix: 'D', profile: VARIATION_PROFILES.dvShelter, suffixField: false,
    hold: { ssn: 0.35, ssnError: 0.02, zip: 0.5, staleZip: 0.15, sexUnknown: 0.03 }, yearTypo: 0.01, approximateDob: 0.06,
    reach: (age, p) => (p.role === 'CHILD' ? 0.12 : p.sex === 'FEMALE' ? 0.35 : 0.05),
  },
];

export function generateIntakeRecords(options: Partial<IntakeOptions> = {}): IntakeDataset {
  const o = { ...DEFAULT_INTAKE_OPTIONS, ...options };
  const stream = (label: string) => Rng.forLabel(o.seed, `linkage-intake:${label}`);
  const community = buildHouseholds(Rng.forLabel(o.seed, 'households'), o.size, o.referenceDate);
  const people = applySkew(stream('names'), community.people, community.homes.map((h) => h.children));
  const ref = parseDay(o.referenceDate);
  const zips = [...new Set(people.map((p) => p.zip))].sort();
  const refYear = Number(o.referenceDate.slice(0, 4));
  const surnamePool = people.map((p) => p.lastName);
  const rng = stream('records');
  const records: DemographicRecord[] = [];
  const links: IntakeDataset['links'] = [];
  const counters = new Map<string, number>();
  const add = (agency: Agency, person: TruePerson, alt: string | null) => {
    const n = (counters.get(agency.system) ?? 0) + 1;
    counters.set(agency.system, n);
    const localId = `${agency.prefix}${pad(n, 7)}`;
    records.push(intakeRecord(rng, agency, person, alt, localId, zips, refYear));
    links.push({ system: agency.system, localId, personId: person.personId });
  };
  for (const person of people) {
    const age = ageOn(person.birthDate, ref);
    const alt = alternateSurname(rng, person, () => rng.pick(surnamePool));
    let chosen = AGENCIES.filter((a) => rng.chance(a.reach(age, person)));
    // Everyone in the evaluation community came through some intake desk.
    if (chosen.length === 0) chosen = [rng.pick(AGENCIES.filter((a) => a.reach(age, person) > 0))];
    for (const agency of chosen) {
      add(agency, person, alt);
      if (rng.chance(o.duplicateRate)) add(agency, person, alt);
    }
  }
  return { people, records, links };
}

function intakeRecord(
  rng: Rng, agency: Agency, person: TruePerson, alt: string | null, localId: string, zips: readonly string[], refYear: number,
): DemographicRecord {
  const asRegistered = alt && rng.chance(0.5) ? { ...person, lastName: alt } : person;
  const id = recordIdentity(rng, asRegistered, agency.profile);
  let birthDate = id.birthDate;
  let approximate = false;
  if (birthDate && rng.chance(agency.yearTypo)) birthDate = mistypeYear(rng, birthDate, refYear);
  else if (birthDate && rng.chance(agency.approximateDob)) {
    birthDate = `${birthDate.slice(0, 4)}-01-01`;
    approximate = true;
  } else if (birthDate && rng.chance(agency.yearTypo)) birthDate = shiftDay(rng, birthDate);
  const suffixTyped = person.suffix !== null && /\b(jr|sr|ii|iii)\.?$/i.test(id.lastName);
  return {
    system: agency.system,
    localId,
    firstName: id.firstName,
    middleName: id.middleName,
    lastName: id.lastName,
    suffix: agency.suffixField && person.suffix && !suffixTyped && rng.chance(0.6) ? person.suffix : null,
    birthDate,
    ...heldFields(rng, person, agency.hold, zips),
    dataQuality: approximate ? { birthDate: 2 } : null,
  };
}

/** People with skewed given names and surnames; siblings keep distinct given names. */
function applySkew(rng: Rng, people: readonly TruePerson[], families: ReadonlyArray<readonly number[]>): TruePerson[] {
  const skew = skewedNames(rng);
  const out = people.map((p) => ({ ...p, firstName: skew.given(p.firstName), lastName: skew.surname(p.lastName) }));
  for (const kids of families) {
    const seen = new Set<string>();
    for (const k of kids) {
      if (seen.has(out[k].firstName) && out[k].suffix === null) out[k].firstName = people[k].firstName;
      seen.add(out[k].firstName);
    }
  }
  return out;
}
