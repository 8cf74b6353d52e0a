/**
 * Who is known to which agency — decided once, before any agency record is written, so the
 * overlaps are realistic and controlled: ~10% of children have child welfare involvement (whole
 * sibling groups, mostly school-age); ~35% of those are in behavioral health; ~5% of children
 * have a parent in the DV shelter (far likelier in child welfare families); parents in child
 * welfare families often have substance-use treatment; most school-age children are at school.
 * Quotas (not coin flips) fix the headline rates so they hold at every population size.
 */
import type { Rng } from './prng.js';
import type { Community, Home } from './households.js';
import { type Day, ageOn } from './dates.js';

export const CW_NONE = 0;
export const CW_IN_CARE = 1;
export const CW_IN_HOME = 2;
export const CW_CLOSED = 3;

export const BH_NONE = 0;
export const BH_PAST = 1;
export const BH_ACTIVE = 2;

export const DV_NONE = 0;
export const DV_HEAD = 1;
export const DV_CHILD = 2;

export interface Involvement {
  /** Age of each person on the reference date. */
  age: Uint8Array;
  /** Age on the first day of the current school year. */
  schoolAge: Uint8Array;
  cw: Uint8Array;
  cwPriorClosed: Uint8Array;
  bh: Uint8Array;
  bhSubstance: Uint8Array;
  bhCrisis: Uint8Array;
  dv: Uint8Array;
  /** The person's DV household is in the shelter now (an open enrollment). */
  dvCurrent: Uint8Array;
  school: Uint8Array;
  iep: Uint8Array;
  chronicAbsence: Uint8Array;
  /** The home of each person, as an index into `Community.homes`. */
  homeOf: Uint32Array;
  /** The child made to be in all four agencies' data (see `ensureShowcase`), or −1. */
  showcase: number;
}

const CW_CHILD_RATE = 0.1;
const DV_CHILD_RATE = 0.05;
const BH_CW_CHILD_RATE = 0.35;

function cwInclusion(age: number): number {
  if (age <= 2) return 0.12;
  if (age === 3) return 0.35;
  if (age === 4) return 0.6;
  if (age <= 17) return 0.95;
  return 0.3;
}

export function planInvolvement(rng: Rng, community: Community, ref: Day, schoolStart: Day): Involvement {
  const n = community.people.length;
  const inv: Involvement = {
    age: new Uint8Array(n), schoolAge: new Uint8Array(n), cw: new Uint8Array(n),
    cwPriorClosed: new Uint8Array(n), bh: new Uint8Array(n), bhSubstance: new Uint8Array(n),
    bhCrisis: new Uint8Array(n), dv: new Uint8Array(n), dvCurrent: new Uint8Array(n),
    school: new Uint8Array(n), iep: new Uint8Array(n), chronicAbsence: new Uint8Array(n),
    homeOf: new Uint32Array(n), showcase: -1,
  };
  community.homes.forEach((home, h) => {
    for (const i of home.parents) inv.homeOf[i] = h;
    for (const i of home.children) inv.homeOf[i] = h;
  });
  let childCount = 0;
  for (let i = 0; i < n; i++) {
    const p = community.people[i];
    inv.age[i] = Math.max(0, ageOn(p.birthDate, ref));
    inv.schoolAge[i] = Math.max(0, ageOn(p.birthDate, schoolStart));
    if (p.role === 'CHILD') childCount++;
  }
  const families = community.homes.filter((h) => h.children.length > 0 && h.parents.length > 0);
  const cwHomes = planChildWelfare(rng, inv, families, Math.round(childCount * CW_CHILD_RATE));
  planDv(rng, inv, community, families, cwHomes, Math.round(childCount * DV_CHILD_RATE));
  planBehavioralHealth(rng, inv, community, cwHomes);
  planSchools(rng, inv, community);
  return inv;
}

function planChildWelfare(rng: Rng, inv: Involvement, families: Home[], target: number): Set<Home> {
  const chosen = new Set<Home>();
  let count = 0;
  for (const home of rng.shuffled(families)) {
    if (count >= target) break;
    const status = rng.weighted([[CW_IN_CARE, 66], [CW_IN_HOME, 10], [CW_CLOSED, 24]] as const);
    const prior = status !== CW_CLOSED && rng.chance(0.2) ? 1 : 0;
    let any = false;
    for (const c of home.children) {
      if (!rng.chance(cwInclusion(inv.age[c]))) continue;
      inv.cw[c] = status;
      inv.cwPriorClosed[c] = prior;
      any = true;
      count++;
    }
    if (any) chosen.add(home);
  }
  return chosen;
}

function planDv(rng: Rng, inv: Involvement, community: Community, families: Home[], cwHomes: Set<Home>, target: number) {
  const { people } = community;
  let count = 0;
  const enroll = (home: Home) => {
    const head = home.parents.find((p) => people[p].sex === 'FEMALE') ?? home.parents[0];
    const current = rng.chance(0.4) ? 1 : 0;
    inv.dv[head] = DV_HEAD;
    inv.dvCurrent[head] = current;
    for (const c of home.children) {
      count++;
      if (rng.chance(inv.age[c] >= 18 ? 0.1 : 0.5)) {
        inv.dv[c] = DV_CHILD;
        inv.dvCurrent[c] = current;
      }
    }
  };
  for (let pass = 0; pass < 2 && count < target; pass++) {
    for (const home of rng.shuffled(families)) {
      if (count >= target) break;
      const head = home.parents[0];
      if (inv.dv[head] !== DV_NONE || home.parents.some((p) => inv.dv[p] !== DV_NONE)) continue;
      if (pass === 0 && !rng.chance(cwHomes.has(home) ? 0.35 : 0.045)) continue;
      enroll(home);
    }
  }
  // Adults without children: mostly women in their twenties to fifties.
  for (const home of community.homes) {
    if (home.children.length > 0) continue;
    const adult = home.parents[0];
    if (people[adult].sex === 'FEMALE' && inv.age[adult] <= 60 && rng.chance(0.08)) {
      inv.dv[adult] = DV_HEAD;
      inv.dvCurrent[adult] = rng.chance(0.35) ? 1 : 0;
    }
  }
}

function planBehavioralHealth(rng: Rng, inv: Involvement, community: Community, cwHomes: Set<Home>) {
  const { people, homes } = community;
  const cwChildren: number[] = [];
  for (let i = 0; i < people.length; i++) if (inv.cw[i] !== CW_NONE) cwChildren.push(i);
  const quota = Math.round(cwChildren.length * BH_CW_CHILD_RATE);
  const eligible = rng.shuffled(cwChildren).sort((a, b) => Number(inv.age[a] < 3) - Number(inv.age[b] < 3));
  for (const c of eligible.slice(0, quota)) {
    const open = inv.cw[c] !== CW_CLOSED;
    inv.bh[c] = rng.chance(open ? 0.75 : 0.45) ? BH_ACTIVE : BH_PAST;
    inv.bhSubstance[c] = inv.age[c] >= 14 && rng.chance(0.12) ? 1 : 0;
    inv.bhCrisis[c] = inv.bh[c] === BH_ACTIVE && rng.chance(0.4) ? 1 : 0;
  }
  for (let i = 0; i < people.length; i++) {
    if (inv.bh[i] !== BH_NONE || inv.cw[i] !== CW_NONE) continue;
    const home = homes[inv.homeOf[i]];
    let rate: number;
    let substance: number;
    if (people[i].role === 'CHILD') {
      rate = inv.age[i] >= 5 ? 0.045 : 0;
      substance = inv.age[i] >= 14 ? 0.08 : 0;
    } else if (cwHomes.has(home)) {
      rate = 0.45;
      substance = 0.6;
    } else if (inv.dv[i] !== DV_NONE) {
      rate = 0.3;
      substance = 0.3;
    } else {
      rate = 0.06;
      substance = 0.25;
    }
    if (!rng.chance(rate)) continue;
    inv.bh[i] = rng.chance(0.65) ? BH_ACTIVE : BH_PAST;
    inv.bhSubstance[i] = rng.chance(substance) ? 1 : 0;
    inv.bhCrisis[i] = inv.bh[i] === BH_ACTIVE && rng.chance(0.27) ? 1 : 0;
  }
}

function schoolRate(age: number, cw: number): number {
  if (age === 3) return cw ? 0.6 : 0.12;
  if (age === 4) return cw ? 0.85 : 0.45;
  if (age >= 5 && age <= 17) return cw === CW_IN_CARE ? 0.96 : 0.97;
  if (age === 18) return 0.5;
  return 0;
}

function planSchools(rng: Rng, inv: Involvement, community: Community) {
  const { people } = community;
  for (let i = 0; i < people.length; i++) {
    if (people[i].role !== 'CHILD') continue;
    const cw = inv.cw[i];
    if (!rng.chance(schoolRate(inv.schoolAge[i], cw))) continue;
    inv.school[i] = 1;
    inv.iep[i] = rng.chance(cw ? 0.28 : 0.13) ? 1 : 0;
    const chronic = cw === CW_IN_CARE ? 0.3 : cw || inv.bh[i] ? 0.2 : 0.08;
    inv.chronicAbsence[i] = rng.chance(chronic) ? 1 : 0;
  }
}

/**
 * Makes sure one child is in all four agencies' data (open case, IEP, open BH episode with a
 * crisis plan, a parent in the shelter now with the child enrolled), so demos have someone to
 * show. Prefers a school-age child already in care; returns its index, or -1 if none exists.
 * The builders keep the story coherent: the child is on a trial home visit with the parent
 * (still in care, so the case is open) for the whole of the current shelter stay.
 */
export function ensureShowcase(inv: Involvement, community: Community): number {
  const { homes, people } = community;
  const candidate = (i: number) =>
    people[i].role === 'CHILD' && inv.schoolAge[i] >= 6 && inv.schoolAge[i] <= 15 &&
    homes[inv.homeOf[i]].parents.length > 0;
  let chosen = -1;
  for (let i = 0; i < people.length && chosen < 0; i++) if (inv.cw[i] === CW_IN_CARE && candidate(i)) chosen = i;
  for (let i = 0; i < people.length && chosen < 0; i++) if (candidate(i)) chosen = i;
  if (chosen < 0) return -1;
  const home = homes[inv.homeOf[chosen]];
  inv.cw[chosen] = CW_IN_CARE;
  inv.school[chosen] = 1;
  inv.iep[chosen] = 1;
  inv.bh[chosen] = BH_ACTIVE;
  inv.bhCrisis[chosen] = 1;
  const head = home.parents.find((p) => inv.dv[p] === DV_HEAD) ??
    home.parents.find((p) => people[p].sex === 'FEMALE') ?? home.parents[0];
  inv.dv[head] = DV_HEAD;
  inv.dvCurrent[head] = 1;
  for (const c of home.children) if (inv.dv[c] === DV_CHILD) inv.dvCurrent[c] = 1;
  inv.dv[chosen] = DV_CHILD;
  inv.dvCurrent[chosen] = 1;
  inv.showcase = chosen;
  return chosen;
}
