/**
 * Normalisation before comparison: case, accents (NFD + the letters with no decomposition),
 * apostrophes (O'Brien → obrien), hyphens and dots, generational suffixes typed into the surname
 * ("Smith Jr." → smith + jr), particles (De la Cruz, Van Buren, Al-Masri) and compound surnames
 * (García-López → parts garcia, lopez; key garcialopez).
 */
import type { DemographicRecord } from '../../../adapters/port/demographics.js';
import type { NormRecord } from './types.js';

const SPECIAL: Record<string, string> = { đ: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'junior', 'senior']);
const SUFFIX_CANON: Record<string, string> = { junior: 'jr', senior: 'sr', v: 'v' };
const PARTICLES = new Set(['de', 'la', 'del', 'los', 'las', 'van', 'von', 'der', 'den', 'st', 'saint', 'o', 'mac', 'al', 'el', 'abu', 'abd', 'bin', 'ibn', 'y', 'e', 'da', 'di', 'du', 'le']);

/** Lower case, accents folded, apostrophes dropped, other punctuation to single spaces. */
export function foldName(text: string | null | undefined): string {
  if (!text) return '';
  let s = text.toLowerCase();
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đłøßæœı]/g, (c) => SPECIAL[c]);
  return s.replace(/['’`ʻ]/g, '').replace(/[^a-z]+/g, ' ').trim();
}

export interface LastName {
  /** All tokens joined: "de la cruz" → "delacruz". */
  key: string;
  /** Meaningful tokens, particles removed (≥ 2 letters): "garcia lopez" → [garcia, lopez]. */
  parts: string[];
  suffix: string;
}

export function parseLastName(raw: string | null | undefined, suffixField?: string | null): LastName {
  const tokens = foldName(raw).split(' ').filter(Boolean);
  let suffix = foldName(suffixField).replace(/ /g, '');
  while (tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1])) suffix ||= tokens.pop()!;
  suffix = SUFFIX_CANON[suffix] ?? suffix;
  const parts = tokens.filter((t) => t.length >= 2 && !PARTICLES.has(t));
  return { key: tokens.join(''), parts: parts.length ? parts : tokens.slice(-1), suffix };
}

export interface GivenName {
  /** Whole given name with spaces and hyphens removed ("min-jun" → "minjun"). */
  key: string;
  /** The first word; "Mustafa Karim" (middle typed into first) → "mustafa". */
  first: string;
  /** Further words, usually a middle name typed into the first-name field. */
  rest: string;
}

export function parseGivenName(raw: string | null | undefined): GivenName {
  const s = (raw ?? '').replace(/-/g, '');
  const tokens = foldName(s).split(' ').filter(Boolean);
  return { key: tokens.join(''), first: tokens[0] ?? '', rest: tokens.slice(1).join('') };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function normaliseRecord(r: DemographicRecord, index: number, systemIndex: number): NormRecord {
  const given = parseGivenName(r.firstName);
  const last = parseLastName(r.lastName, r.suffix);
  const middle = foldName(r.middleName).replace(/ /g, '') || given.rest;
  const m = r.birthDate ? DATE.exec(r.birthDate) : null;
  const y = m ? Number(m[1]) : 0;
  const mo = m ? Number(m[2]) : 0;
  const d = m ? Number(m[3]) : 0;
  const dq = r.dataQuality?.birthDate;
  const ssn = (r.ssn ?? '').replace(/\D/g, '');
  return {
    index,
    system: r.system,
    systemIndex,
    localId: r.localId,
    firstKey: given.key,
    first: given.first.length === 1 ? '' : given.first,
    firstInitial: given.first.charAt(0),
    middle,
    lastKey: last.key.length === 1 ? '' : last.key,
    lastParts: last.key.length === 1 ? [] : last.parts,
    lastInitial: last.key.charAt(0),
    suffix: last.suffix,
    year: y,
    month: mo,
    day: d,
    dayNumber: m ? Date.UTC(y, mo - 1, d) / 86_400_000 : NaN,
    dobApproximate: m !== null && dq === 2,
    slipDays: m && dq !== 2 ? slipDaysOf(y, mo, d) : [],
    sex: r.sex === 'FEMALE' ? 1 : r.sex === 'MALE' ? 2 : 0,
    ssn: ssn.length === 9 && !/^(\d)\1{8}$/.test(ssn) && !ssn.startsWith('000') ? ssn : '',
    zip: (r.zip ?? '').slice(0, 5),
  };
}

/**
 * Day numbers one slip away from a birth date (compare.ts, 'two small errors'): ±1 day, day and
 * month swapped, the year ±1 or its last two digits transposed (a year entered from an age).
 */
export function slipDaysOf(year: number, month: number, day: number): number[] {
  const dayNumber = Date.UTC(year, month - 1, day) / 86_400_000;
  const out: number[] = [dayNumber - 1, dayNumber + 1];
  const at = (y: number, m: number, d: number) => {
    const t = Date.UTC(y, m - 1, d);
    if (new Date(t).getUTCDate() === d) out.push(t / 86_400_000);
  };
  if (day <= 12 && day !== month) at(year, day, month);
  at(year - 1, month, day);
  at(year + 1, month, day);
  const y = String(year);
  at(Number(`${y.slice(0, 2)}${y[3]}${y[2]}`), month, day);
  return out;
}
