/**
 * How an agency's copy of a person drifts from the truth, at rates set per agency: nicknames,
 * one-letter typos, accent and apostrophe loss, flattened capitals (DeShawn → Deshawn),
 * compound surnames cut short (García-López → García), given and family names swapped (common
 * with Vietnamese names), middle names dropped or merged into the first name, "Jr" typed into
 * the last name, and birth dates with day and month transposed, off by one, or missing.
 */
import type { TruePerson } from './population.js';
import type { Rng } from './prng.js';
import { formatDay, parseDay } from './dates.js';
import { foldToAscii } from './ascii-fold.js';
import { nicknamesOf } from './nicknames.js';
import { NAME_ORIGINS } from './names.js';
import { surnameParts } from './surnames.js';

export interface VariationProfile {
  nickname: number;
  typo: number;
  /** The record was keyed into an ASCII-only system. */
  accentLoss: number;
  caseFlatten: number;
  dropMiddle: number;
  middleIntoFirst: number;
  compoundSurnameCut: number;
  nameOrderSwap: number;
  suffixInLastName: number;
  dobSwap: number;
  dobShift: number;
  dobMissing: number;
}

export interface RecordedIdentity {
  firstName: string;
  middleName: string | null;
  lastName: string;
  birthDate: string | null;
}

const VIETNAMESE_SURNAMES = new Set(NAME_ORIGINS.find((o) => o.id === 'vietnamese')!.surnames);

const NEIGHBOURS: Record<string, string> = {
  a: 'sqz', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk',
  k: 'jl', l: 'k', m: 'n', n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi',
  v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};

/** One keying error: swapped neighbours, a dropped or doubled letter, or a neighbouring key. */
export function typo(rng: Rng, name: string): string {
  const chars = Array.from(name);
  if (chars.length < 4) return name;
  const i = rng.int(1, chars.length - 2);
  switch (rng.int(0, 3)) {
    case 0:
      [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
      break;
    case 1:
      chars.splice(i, 1);
      break;
    case 2:
      chars.splice(i, 0, chars[i]);
      break;
    default: {
      const near = NEIGHBOURS[chars[i].toLowerCase()];
      if (near) chars[i] = rng.pick(Array.from(near));
    }
  }
  const out = chars.join('');
  return out === name ? name + name.slice(-1) : out;
}

/**
 * García-López → García (mostly), López, or "García López"; De la Cruz → Delacruz or Cruz;
 * Al-Masri → Al Masri, AlMasri or Masri.
 */
export function cutCompoundSurname(rng: Rng, last: string): string {
  const { head, tail, particle, arabicPrefix } = surnameParts(last);
  if (arabicPrefix) {
    const at = last.search(/[-\s]/);
    const [prefix, rest] = [last.slice(0, at), last.slice(at + 1)];
    const r = rng.next();
    return r < 0.4 ? `${prefix} ${rest}` : r < 0.7 ? `${prefix}${rest}` : rest;
  }
  if (particle && (tail === null || rng.chance(0.5))) {
    return rng.chance(0.6) ? head.replace(/\s+/g, '') : head.split(/\s+/).pop()!;
  }
  if (tail === null) return last;
  const r = rng.next();
  if (r < 0.65) return head;
  if (r < 0.8) return tail;
  return `${head}${last.includes('-') ? ' ' : '-'}${tail}`;
}

/** Capitals inside a name lost: DeShawn → Deshawn, McDonald → Mcdonald, O'Brien → O'brien. */
function flattenCase(name: string): string {
  return name.charAt(0) + name.slice(1).toLowerCase();
}

/** Day and month transposed (only possible when the day is 12 or less and differs from the month). */
export function swapDayMonth(iso: string): string | null {
  const [y, m, d] = iso.split('-');
  if (Number(d) > 12 || d === m) return null;
  return `${y}-${d}-${m}`;
}

export function recordIdentity(rng: Rng, person: TruePerson, profile: VariationProfile): RecordedIdentity {
  let first = person.firstName;
  let middle = person.middleName;
  let last = person.lastName;

  const nicks = nicknamesOf(first);
  if (nicks.length > 0 && rng.chance(profile.nickname)) first = rng.pick(nicks);
  if (middle && rng.chance(profile.middleIntoFirst)) {
    first = `${first} ${middle}`;
    middle = null;
  } else if (middle && rng.chance(profile.dropMiddle)) middle = null;
  if (/[-\s]/.test(last) && rng.chance(profile.compoundSurnameCut)) last = cutCompoundSurname(rng, last);
  if (person.suffix && rng.chance(profile.suffixInLastName)) last = `${last} ${rng.chance(0.5) ? person.suffix : person.suffix + '.'}`;
  if (rng.chance(profile.typo)) {
    if (rng.chance(0.5)) first = typo(rng, first);
    else last = typo(rng, last);
  }
  if (rng.chance(profile.caseFlatten)) {
    first = flattenCase(first);
    last = flattenCase(last);
  }
  const swapRate = VIETNAMESE_SURNAMES.has(person.lastName) ? profile.nameOrderSwap * 8 : profile.nameOrderSwap;
  if (rng.chance(swapRate)) [first, last] = [last, first];
  if (rng.chance(profile.accentLoss)) {
    first = foldToAscii(first);
    middle = middle && foldToAscii(middle);
    last = foldToAscii(last);
    if (rng.chance(0.5)) last = last.replace(/'/g, rng.chance(0.5) ? '' : ' ');
  }

  let birthDate: string | null = person.birthDate;
  if (rng.chance(profile.dobMissing)) birthDate = null;
  else if (rng.chance(profile.dobSwap)) birthDate = swapDayMonth(person.birthDate) ?? person.birthDate;
  else if (rng.chance(profile.dobShift)) birthDate = formatDay(parseDay(person.birthDate) + (rng.chance(0.5) ? 1 : -1));

  return { firstName: first, middleName: middle, lastName: last, birthDate };
}

/** Per-agency rates: what each kind of system is known for. */
export const VARIATION_PROFILES = {
  /** A CCWIS migrated from a mainframe: mostly ASCII, legal names, careful birth dates. */
  childWelfare: {
    nickname: 0.04, typo: 0.03, accentLoss: 0.65, caseFlatten: 0.04, dropMiddle: 0.35,
    middleIntoFirst: 0.02, compoundSurnameCut: 0.35, nameOrderSwap: 0.004, suffixInLastName: 0.35,
    dobSwap: 0.02, dobShift: 0.015, dobMissing: 0.005,
  },
  /** A clinic EHR: preferred names common, Unicode kept more often. */
  behavioralHealth: {
    nickname: 0.14, typo: 0.025, accentLoss: 0.3, caseFlatten: 0.03, dropMiddle: 1,
    middleIntoFirst: 0.03, compoundSurnameCut: 0.45, nameOrderSwap: 0.006, suffixInLastName: 0.4,
    dobSwap: 0.025, dobShift: 0.02, dobMissing: 0.01,
  },
  /** A DV comparable database: names as the client gives them, many unknown birth dates. */
  dvShelter: {
    nickname: 0.2, typo: 0.03, accentLoss: 0.4, caseFlatten: 0.05, dropMiddle: 1,
    middleIntoFirst: 0.02, compoundSurnameCut: 0.5, nameOrderSwap: 0.006, suffixInLastName: 0.3,
    dobSwap: 0.03, dobShift: 0.02, dobMissing: 0,
  },
  /** A student information system: legal names from birth certificates, Unicode kept. */
  schools: {
    nickname: 0.03, typo: 0.015, accentLoss: 0.12, caseFlatten: 0.02, dropMiddle: 0.2,
    middleIntoFirst: 0.02, compoundSurnameCut: 0.2, nameOrderSwap: 0.003, suffixInLastName: 0.5,
    dobSwap: 0.01, dobShift: 0.005, dobMissing: 0,
  },
} satisfies Record<string, VariationProfile>;
