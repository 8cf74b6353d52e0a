/**
 * Real name frequencies are skewed: a few surnames (Smith, García, Nguyễn) and given names
 * (María, James) cover a large share of a community, while the generator's pools are drawn
 * uniformly. For linkage evaluation the intake data re-maps names many-to-one onto a Zipf-like
 * head of each pool, so "María García" is genuinely common and chance agreements on it happen
 * as often as they do at a real intake desk (Census 2010 surnames: the top 1% of surnames cover
 * ~60% of people; ~38% of Vietnamese Americans are Nguyễn).
 * The map is a function of the name, so a family keeps sharing its surname and a Jr his father's
 * given name; siblings whose given names would collide keep their own (twins never share one).
 */
import { NAME_ORIGINS } from '../names.js';
import type { Rng } from '../prng.js';

export interface NameSkew {
  surname(name: string): string;
  given(name: string): string;
}

/**
 * Each pool entry at position i is kept with probability `keep`, otherwise re-mapped to the
 * entry at rank ⌊K·v³⌋ (v uniform), which puts roughly a third of the re-mapped mass on the first
 * few names of the pool.
 */
export function skewedNames(rng: Rng, keep = 0.45): NameSkew {
  const surnames = new Map<string, string>();
  const given = new Map<string, string>();
  const skew = (pool: readonly string[], into: Map<string, string>) => {
    for (const name of pool) {
      if (into.has(name)) continue;
      into.set(name, rng.chance(keep) ? name : pool[Math.floor(pool.length * rng.next() ** 3)]);
    }
  };
  for (const o of NAME_ORIGINS) {
    skew(o.surnames, surnames);
    skew(o.male, given);
    skew(o.female, given);
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
