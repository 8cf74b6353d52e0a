import type { Rng } from './prng.js';

/** One keying error in a digit string: adjacent digits swapped, or one digit wrong. */
export function mistypeDigits(rng: Rng, digits: string): string {
  const d = digits.split('');
  const i = rng.int(0, d.length - 2);
  if (rng.chance(0.5) && d[i] !== d[i + 1]) [d[i], d[i + 1]] = [d[i + 1], d[i]];
  else d[i] = String((Number(d[i]) + rng.int(1, 9)) % 10);
  return d.join('');
}
