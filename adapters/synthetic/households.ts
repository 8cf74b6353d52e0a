/**
 * The ground truth: people in households (1–2 parents with 1–4 children, or adults without
 * children), with names, birth dates and family naming patterns — married and compound
 * surnames, twins (same birth date, different first names) and Jr/Sr father–son pairs.
 * Everything is drawn from one seeded stream; birth dates are relative to the reference date.
 */
import type { Household, TruePerson } from './population.js';
import type { Rng } from './prng.js';
import { type Day, addYears, formatDay, parseDay } from './dates.js';
import { COUNTY_WEIGHTS, type County } from './counties.js';
import { ENGLISH_ORIGIN, HISPANIC_ORIGIN, ORIGIN_WEIGHTS, type NameOrigin } from './names.js';
import { pad } from './ids.js';
import { surnameParts } from './surnames.js';

/** A household with what the later phases need and the public shape does not carry. */
export interface Home {
  household: Household;
  county: County;
  /** Indexes into `Community.people`. */
  parents: number[];
  children: number[];
}

export interface Community {
  people: TruePerson[];
  homes: Home[];
}

type Sex = TruePerson['sex'];

export function personId(index: number): string {
  return `P-${pad(index + 1, 6)}`;
}

/** A birth date that makes the person exactly `age` on the reference day. */
export function birthDateForAge(rng: Rng, ref: Day, age: number): string {
  const latest = addYears(ref, -age);
  const earliest = addYears(ref, -age - 1) + 1;
  return formatDay(rng.int(earliest, latest));
}

function ssn(rng: Rng): string | null {
  if (rng.chance(0.05)) return null;
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  return pad(area, 3) + pad(rng.int(1, 99), 2) + pad(rng.int(1, 9999), 4);
}

function givenName(rng: Rng, origin: NameOrigin, sex: Sex, child: boolean): string {
  const o = child && !rng.chance(1 - origin.englishFirstNameRate) ? ENGLISH_ORIGIN : origin;
  return rng.pick(sex === 'MALE' ? o.male : o.female);
}

function middleName(rng: Rng, origin: NameOrigin, sex: Sex, first: string): string | null {
  if (!rng.chance(origin.middleRate)) return null;
  const pool =
    (sex === 'MALE' ? origin.middleMale : origin.middleFemale) ??
    (sex === 'MALE' ? origin.male : origin.female);
  const m = rng.pick(pool);
  return m === first ? null : m;
}

/** A surname; some Hispanic adults carry both family names ("García López" / "García-López"). */
function surname(rng: Rng, origin: NameOrigin): string {
  const s = rng.pick(origin.surnames);
  if (origin === HISPANIC_ORIGIN && rng.chance(0.25)) {
    const second = rng.pick(origin.surnames);
    if (second !== s) return rng.chance(0.45) ? `${s}-${second}` : `${s} ${second}`;
  }
  return s;
}

/** The first of a compound surname ("García López" → "García"), for passing on to children. */
function firstSurname(name: string): string {
  return surnameParts(name).head;
}

function otherOrigin(rng: Rng, origin: NameOrigin): NameOrigin {
  return rng.chance(0.88) ? origin : rng.weighted(ORIGIN_WEIGHTS);
}

export function buildHouseholds(rng: Rng, size: number, referenceDate: string): Community {
  const ref = parseDay(referenceDate);
  const people: TruePerson[] = [];
  const homes: Home[] = [];

  const addPerson = (home: Home, p: Omit<TruePerson, 'personId' | 'householdId' | 'ssn' | 'zip'>) => {
    const index = people.length;
    people.push({
      personId: personId(index),
      firstName: p.firstName,
      middleName: p.middleName,
      lastName: p.lastName,
      suffix: p.suffix,
      birthDate: p.birthDate,
      sex: p.sex,
      ssn: ssn(rng),
      zip: rng.pick(home.county.zips),
      householdId: home.household.householdId,
      role: p.role,
    });
    (p.role === 'CHILD' ? home.children : home.parents).push(index);
    (p.role === 'CHILD' ? home.household.childIds : home.household.parentIds).push(personId(index));
    return index;
  };

  while (people.length < size) {
    const remaining = size - people.length;
    const home: Home = {
      household: { householdId: `H-${pad(homes.length + 1, 6)}`, parentIds: [], childIds: [] },
      county: rng.weighted(COUNTY_WEIGHTS),
      parents: [],
      children: [],
    };
    homes.push(home);
    const origin = rng.weighted(ORIGIN_WEIGHTS);
    const family = remaining >= 2 && rng.chance(0.78);
    if (family) buildFamily(rng, ref, home, origin, remaining, people, addPerson);
    else buildAdults(rng, ref, home, origin, remaining, addPerson);
  }
  return { people, homes };
}

type AddPerson = (home: Home, p: Omit<TruePerson, 'personId' | 'householdId' | 'ssn' | 'zip'>) => number;

function buildAdults(rng: Rng, ref: Day, home: Home, origin: NameOrigin, remaining: number, add: AddPerson) {
  const couple = remaining >= 2 && rng.chance(0.3);
  const sex: Sex = rng.chance(0.5) ? 'FEMALE' : 'MALE';
  const last = surname(rng, origin);
  const age = rng.int(18, 72);
  const first = givenName(rng, origin, sex, false);
  add(home, {
    firstName: first, middleName: middleName(rng, origin, sex, first), lastName: last,
    suffix: sex === 'MALE' && rng.chance(0.015) ? 'Jr' : null,
    birthDate: birthDateForAge(rng, ref, age), sex, role: 'PARENT',
  });
  if (couple) {
    const o2 = otherOrigin(rng, origin);
    const sex2: Sex = rng.chance(0.93) ? (sex === 'MALE' ? 'FEMALE' : 'MALE') : sex;
    const first2 = givenName(rng, o2, sex2, false);
    add(home, {
      firstName: first2, middleName: middleName(rng, o2, sex2, first2),
      lastName: rng.chance(0.5) ? last : surname(rng, o2), suffix: null,
      birthDate: birthDateForAge(rng, ref, Math.max(18, age + rng.int(-6, 6))), sex: sex2, role: 'PARENT',
    });
  }
}

function buildFamily(
  rng: Rng, ref: Day, home: Home, origin: NameOrigin, remaining: number,
  people: TruePerson[], add: AddPerson,
) {
  const twoParents = remaining >= 3 && rng.chance(0.58);
  const nParents = twoParents ? 2 : 1;
  const nKids = Math.min(rng.weighted([[1, 35], [2, 35], [3, 20], [4, 10]] as const), remaining - nParents);

  // Children's ages, oldest first; now and then the oldest is an 18-year-old still at home.
  const ages: number[] = [rng.chance(0.03) ? 18 : rng.int(Math.min(nKids - 1, 17), 17)];
  for (let i = 1; i < nKids; i++) ages.push(Math.max(0, ages[i - 1] - rng.int(1, 4)));
  const motherAge = ages[0] + rng.int(17, 38);

  // Parents: mostly a mother and a father; single parents are mostly mothers.
  const sexes: Sex[] = twoParents
    ? rng.chance(0.96) ? ['FEMALE', 'MALE'] : rng.chance(0.5) ? ['FEMALE', 'FEMALE'] : ['MALE', 'MALE']
    : [rng.chance(0.8) ? 'FEMALE' : 'MALE'];
  const partnerOrigin = otherOrigin(rng, origin);
  const fatherSurname = surname(rng, origin);
  const motherOwnSurname = surname(rng, twoParents ? partnerOrigin : origin);
  const keepsOwn = partnerOrigin === HISPANIC_ORIGIN || partnerOrigin.id === 'vietnamese' ? 0.85 : 0.3;
  let fatherIndex = -1;
  let motherSurname = motherOwnSurname;
  const parentSurnames: string[] = [];
  for (let i = 0; i < nParents; i++) {
    const sex = sexes[i];
    const o = i === 0 && twoParents ? partnerOrigin : origin;
    const first = givenName(rng, o, sex, false);
    let last: string;
    if (!twoParents) last = rng.chance(0.5) ? fatherSurname : motherOwnSurname;
    else if (i === 1) last = fatherSurname;
    else {
      const r = rng.next();
      const hyphenated = `${firstSurname(motherOwnSurname)}-${firstSurname(fatherSurname)}`;
      last = r < keepsOwn ? motherOwnSurname : r < keepsOwn + 0.1 && motherOwnSurname !== fatherSurname ? hyphenated : fatherSurname;
      motherSurname = last;
    }
    parentSurnames.push(last);
    const age = i === 0 ? motherAge : Math.max(18, motherAge + rng.int(-3, 8));
    const idx = add(home, {
      firstName: first, middleName: middleName(rng, o, sex, first), lastName: last,
      suffix: sex === 'MALE' && rng.chance(0.012) ? 'Jr' : null,
      birthDate: birthDateForAge(rng, ref, age), sex, role: 'PARENT',
    });
    if (sex === 'MALE' && fatherIndex < 0) fatherIndex = idx;
  }

  // Children's family name: the father's, a Hispanic compound of both, or the single parent's.
  let kidsSurname: string;
  if (twoParents && origin === HISPANIC_ORIGIN && rng.chance(0.45)) {
    const [paternal, maternal] = [firstSurname(fatherSurname), firstSurname(motherSurname)];
    kidsSurname = paternal === maternal ? fatherSurname : `${paternal}-${maternal}`;
  } else if (twoParents) kidsSurname = rng.chance(0.88) ? fatherSurname : motherSurname;
  else kidsSurname = rng.chance(0.75) ? parentSurnames[0] : surname(rng, origin);

  const twins = nKids >= 2 && rng.chance(0.045);
  const used = new Set<string>();
  let firstBirth = '';
  for (let i = 0; i < nKids; i++) {
    const sex: Sex = rng.chance(0.5) ? 'FEMALE' : 'MALE';
    let first = givenName(rng, origin, sex, true);
    for (let tries = 0; used.has(first) && tries < 8; tries++) first = givenName(rng, origin, sex, true);
    used.add(first);
    const birthDate = twins && i === 1 ? firstBirth : birthDateForAge(rng, ref, ages[i]);
    if (i === 0) firstBirth = birthDate;
    add(home, {
      firstName: first, middleName: middleName(rng, origin, sex, first), lastName: kidsSurname,
      suffix: null, birthDate, sex, role: 'CHILD',
    });
  }

  // A father's namesake son: Sr and Jr with the same first, middle and last name.
  if (fatherIndex >= 0 && rng.chance(0.08)) {
    const father = people[fatherIndex];
    const son = home.children.map((c) => people[c]).find((c) => c.sex === 'MALE');
    if (son && !home.children.some((c) => people[c] !== son && people[c].firstName === father.firstName)) {
      son.firstName = father.firstName;
      son.middleName = father.middleName;
      son.lastName = father.lastName;
      son.suffix = 'Jr';
      father.suffix = 'Sr';
    }
  }
}
