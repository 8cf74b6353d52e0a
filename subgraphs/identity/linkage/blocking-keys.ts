/**
 * The blocking passes (plaintext keys; privacy-preserving mode hashes the same keys):
 * 1. full birth date;
 * 2. a surname part × a given-name root (nickname-aware), for records without a birth date;
 * 3. the phonetic code (double metaphone) of a surname part × birth year, for typos in names;
 * 4. a given-name root × birth year, for surname changes with a day off or an approximate
 *    (HMIS quality 2, year-only) date;
 * 5. SSN;
 * 6. phonetic given name × phonetic surname, for typos without a birth date;
 * 7. the unordered pair {phonetic given name, phonetic surname} × birth year, for given and family
 *    names entered in each other's fields together with another error in the date (pass 1 and 4
 *    need the date, pass 2 and 6 the names, in their own fields);
 * 8. a given-name root × the unordered day/month pair, for surname changes with a mistyped year
 *    (a year entered from an age) or a day-month swap.
 */
import doubleMetaphone from 'talisman/phonetics/double-metaphone.js';
import type { NicknameIndex } from './nicknames.js';
import { rootsOf } from './nicknames.js';
import type { NormRecord } from './types.js';

const phoneCache = new Map<string, string>();
function phone(s: string): string {
  let p = phoneCache.get(s);
  if (p === undefined) {
    p = s ? (doubleMetaphone(s) as [string, string])[0] || s : '';
    phoneCache.set(s, p);
  }
  return p;
}

export const PASS_NAMES = ['dob', 'surname+given', 'surname-sound+year', 'given+year', 'ssn', 'given-sound+surname-sound', 'names-unordered+year', 'given+day-month'] as const;

export function blockingKeys(r: NormRecord, nicknames: NicknameIndex): string[][] {
  const fullDob = r.year > 0 && !r.dobApproximate;
  const roots = r.first ? rootsOf(nicknames, r.first) : [];
  const surnames = r.lastKey ? [...new Set([r.lastKey, ...r.lastParts])] : [];
  const dob = fullDob ? [`${r.year}-${r.month}-${r.day}`] : [];
  const nameKeys: string[] = [];
  for (const s of surnames) for (const g of roots) nameKeys.push(`${s}|${g}`);
  const soundYear = r.year > 0 ? [...new Set(surnames.map((s) => `${phone(s)}|${r.year}`))] : [];
  const md = fullDob ? `${Math.min(r.month, r.day)}-${Math.max(r.month, r.day)}` : '';
  const givenYear = r.year > 0 ? roots.map((g) => `${g}|${r.year}`) : [];
  const givenDayMonth = fullDob ? roots.map((g) => `${g}|${md}`) : [];
  const ssn = r.ssn ? [r.ssn] : [];
  const sounds = r.first && r.lastParts.length ? [...new Set(r.lastParts.map((p) => `${phone(r.first)}|${phone(p)}`))] : [];
  const unordered = r.first && r.lastParts.length && r.year > 0
    ? [...new Set(r.lastParts.map((p) => [phone(r.first), phone(p)].sort().join('|') + `|${r.year}`))]
    : [];
  return [dob, nameKeys, soundYear, givenYear, ssn, sounds, unordered, givenDayMonth];
}
