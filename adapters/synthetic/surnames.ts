/**
 * How a family name splits into the part people keep and the part systems drop: Hispanic
 * double surnames (García López, García-López), names with a particle (De la Cruz, Van Buren,
 * Ó Briain) and Arabic names with a prefix (Al-Masri), which are one surname, not two.
 */
const PARTICLE_NAME = /^((?:de la|de los|del|de|van|st\.|ó|mac)\s+[^\s-]+)(?:[-\s]+(.+))?$/iu;
const ARABIC_PREFIX = /^(al|el|abu|abd|bin|ibn)[-\s]/i;

export interface SurnameParts {
  /** The first (paternal) surname, particle included. */
  head: string;
  /** The second surname, if any. */
  tail: string | null;
  particle: boolean;
  arabicPrefix: boolean;
}

export function surnameParts(last: string): SurnameParts {
  const m = PARTICLE_NAME.exec(last);
  if (m) return { head: m[1], tail: m[2] ?? null, particle: true, arabicPrefix: false };
  if (ARABIC_PREFIX.test(last)) return { head: last, tail: null, particle: false, arabicPrefix: true };
  const parts = last.split(/[-\s]/);
  if (parts.length === 1) return { head: last, tail: null, particle: false, arabicPrefix: false };
  return { head: parts[0], tail: parts.slice(1).join(' '), particle: false, arabicPrefix: false };
}
