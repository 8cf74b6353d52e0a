/**
 * Name frequencies of the linkage evaluation data, calibrated to published shares rather than
 * to the engine. The generator's pools are drawn uniformly; a county's are not:
 * - Given names have a head: in the 1990 Census, James was 3.3% of men and Mary 2.6% of women,
 *   the ten commonest male names 23% of men and the ten commonest female names 10.5% of women.
 *   About a tenth of each pool is folded onto names near its top (rank ⌊K·v³⌋, v uniform), which
 *   gives the commonest given name ≈ 2–3% of each sex and the ten commonest ≈ 15%.
 * - Surnames need no general fold: a pool of ~550 surnames standing for a county's thousands is
 *   already denser than the Census (2010: Smith 0.83% of people, the ten commonest 5.5%; here the
 *   commonest ≈ 1%, the ten commonest ≈ 9%). What it lacks are the heads of the origins whose
 *   surnames really are concentrated (`SURNAME_HEADS`).
 * `npx tsx adapters/synthetic/linkage-intake/name-stats.ts` prints the shares of a generated
 * community. The map is a function of the name, so a family keeps sharing its surname and a Jr his
 * father's given name; siblings whose given names would collide keep their own (intake.ts).
 */
import { NAME_ORIGINS } from '../names.js';
import type { Rng } from '../prng.js';

export interface NameSkew {
  surname(name: string): string;
  given(name: string): string;
}

/** Share of each given-name pool folded onto names near its top. */
export const GIVEN_NAME_FOLD = 0.1;

/**
 * Surname shares within an origin's families: Nguyễn ≈ 38% of Vietnamese (Trần 11%, Lê 9.5%);
 * Kim 21.5%, Lee 14.7%, Park 8.4% of Koreans (Statistics Korea, 2015 census).
 */
export const SURNAME_HEADS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  vietnamese: { Nguyễn: 0.38, Trần: 0.11, Lê: 0.095 },
  korean: { Kim: 0.215, Lee: 0.147, Park: 0.084 },
};

export function skewedNames(rng: Rng): NameSkew {
  const surnames = new Map<string, string>();
  const given = new Map<string, string>();
  const foldGiven = (pool: readonly string[]) => {
    for (const name of pool) {
      if (given.has(name)) continue;
      given.set(name, rng.chance(GIVEN_NAME_FOLD) ? pool[Math.floor(pool.length * rng.next() ** 3)] : name);
    }
  };
  for (const o of NAME_ORIGINS) {
    foldGiven(o.male);
    foldGiven(o.female);
    for (const [name, to] of headMap(rng, o.surnames, SURNAME_HEADS[o.id] ?? {})) if (!surnames.has(name)) surnames.set(name, to);
  }
  const mapSurname = (s: string) => {
    const whole = surnames.get(s);
    if (whole) return whole;
    const parts = s.split(/([-\s]+)/);
    const mapped = parts.map((part) => surnames.get(part) ?? part);
    // "García-López" must not become "García-García".
    return parts.length === 3 && mapped[0] === mapped[2] ? s : mapped.join('');
  };
  return { surname: mapSurname, given: (g) => given.get(g) ?? g };
}

/**
 * Maps pool entries onto the head names so that each head name holds its share of the pool
 * (uniform picks then give it that share of families); every other entry maps to itself.
 */
function headMap(rng: Rng, pool: readonly string[], heads: Readonly<Record<string, number>>): Map<string, string> {
  const map = new Map(pool.map((name) => [name, name]));
  const free = rng.shuffled(pool.filter((name) => !(name in heads)));
  for (const [head, share] of Object.entries(heads)) {
    if (!map.has(head)) throw new Error(`${head} is not in its origin's surname pool`);
    const extra = Math.max(0, Math.round(share * pool.length) - 1);
    for (const name of free.splice(0, extra)) map.set(name, head);
  }
  return map;
}
