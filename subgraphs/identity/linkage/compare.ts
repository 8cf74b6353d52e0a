/**
 * Plaintext field comparisons, each at ordered levels (0 = strongest agreement; `NULL_LEVEL` when
 * either side lacks the field, so it adds no evidence), as in Splink's comparison levels.
 * Names use Jaro–Winkler from talisman (Winkler 1990), cached per name pair.
 */
import jaroWinkler from 'talisman/metrics/jaro-winkler.js';
import type { NicknameIndex } from './nicknames.js';
import { areVariants, formsOf } from './nicknames.js';
import { type FieldSpec, NULL_LEVEL, type NormRecord } from './types.js';
import type { GivenNameTest } from './name-roles.js';

export const PLAINTEXT_FIELDS: readonly FieldSpec[] = [
  { name: 'given', levels: ['exact', 'nickname', 'middle-name alias', 'jw≥0.92', 'jw≥0.80', 'initial only', 'different'] },
  { name: 'surname', levels: ['exact', 'compound part', 'jw≥0.92', 'jw≥0.80', 'different', 'different (women)', 'different (men)'] },
  { name: 'middle', levels: ['exact', 'initial', 'different'] },
  { name: 'birthDate', levels: ['exact', 'day-month swap', '±1 day', 'one part differs (a keying error)', 'year (approximate)', 'different', 'day or month differs', 'two small errors'] },
  { name: 'ssn', levels: ['exact', 'one transposition or digit', 'different'] },
  { name: 'sex', levels: ['agree', 'disagree'] },
  { name: 'zip', levels: ['agree', 'disagree'] },
  { name: 'suffix', levels: ['agree', 'conflict'] },
];
export const GIVEN_DIFFERENT = 6;
export const GIVEN_ALIAS = 2;
export const DOB_DIFFERENT = 5;
export const DOB_TWO_SLIPS = 7;
export const SURNAME_DIFFERENT = 4;
/**
 * Surnames that differ outright form one level per sex (both records that sex, or one that sex
 * and one unknown), and 'different' keeps the rest: women change surnames at marriage and divorce
 * far more often than men (~80% of U.S. women take a spouse's surname, ~3% of men), so EM learns
 * a milder penalty for women and a sharper one for men, where one pooled level would
 * over-penalise a mother registered under her maiden name and under-penalise two men.
 */
export const SURNAME_DIFFERENT_WOMEN = 5;
export const SURNAME_DIFFERENT_MEN = 6;

/**
 * The level of a surname that differs outright, by the sexes of the two records: 1 female, 2 male,
 * 0 unknown (PPRL passes its two sex encodings as 1 and 2 without knowing which is which).
 */
export function surnameDifferentBySex(sexA: number, sexB: number): number {
  const sex = sexA || sexB;
  if (sexA && sexB && sexA !== sexB) return SURNAME_DIFFERENT;
  return sex === 1 ? SURNAME_DIFFERENT_WOMEN : sex === 2 ? SURNAME_DIFFERENT_MEN : SURNAME_DIFFERENT;
}

// Names are interned as small integers so the cache key of a pair is a number, not a concatenated
// string: building and hashing "a|b" strings was most of the comparison time at 170k records.
const nameIds = new Map<string, number>();
const jwCache = new Map<number, number>();
const ID_SPACE = 2 ** 26;
function nameId(s: string): number {
  let id = nameIds.get(s);
  if (id === undefined) {
    if (nameIds.size >= ID_SPACE) {
      nameIds.clear();
      jwCache.clear();
    }
    nameIds.set(s, (id = nameIds.size));
  }
  return id;
}

export function jw(a: string, b: string): number {
  if (a === b) return 1;
  const x = nameId(a);
  const y = nameId(b);
  const k = x < y ? x * ID_SPACE + y : y * ID_SPACE + x;
  let v = jwCache.get(k);
  if (v === undefined) {
    v = jaroWinkler(a, b);
    if (jwCache.size > 4_000_000) jwCache.clear();
    jwCache.set(k, v);
  }
  return v;
}

/** `closeOnly`: levels above 3 are not told apart (6), which skips the costlier distant-name checks. */
export function givenLevel(a: NormRecord, b: NormRecord, nick: NicknameIndex, closeOnly = false): number {
  if (!a.firstInitial || !b.firstInitial) return NULL_LEVEL;
  if (!a.first || !b.first) return a.firstInitial === b.firstInitial ? 5 : 6;
  if (a.first === b.first || a.firstKey === b.firstKey) return 0;
  if (areVariants(nick, a.first, b.first)) return 1;
  // People known by their middle name: the given name of one is the middle name of the other.
  if ((a.middle && a.middle === b.first) || (b.middle && b.middle === a.first)) return 2;
  // The whole given name differs from its first word only for multi-word names: one lookup otherwise.
  const s = a.first === a.firstKey && b.first === b.firstKey ? jw(a.first, b.first) : Math.max(jw(a.first, b.first), jw(a.firstKey, b.firstKey));
  if (s >= 0.92) return 3;
  if (closeOnly) return 6;
  if (s >= 0.8) return 4;
  // A typo in a nickname (Alxe for Alejandro via Alex): close to a known form of the other.
  if (nearForm(a.first, formsOf(nick, b.first)) || nearForm(b.first, formsOf(nick, a.first))) return 4;
  return 6;
}

function nearForm(name: string, forms: readonly string[]): boolean {
  for (const f of forms) {
    if (f[0] === name[0] && Math.abs(f.length - name.length) <= 2 && f !== name && jw(name, f) >= 0.85) return true;
  }
  return false;
}

export function surnameLevel(a: NormRecord, b: NormRecord): number {
  if (!a.lastKey || !b.lastKey) return NULL_LEVEL;
  if (a.lastKey === b.lastKey) return 0;
  for (const p of a.lastParts) if (b.lastParts.includes(p) || b.lastKey === p) return 1;
  for (const p of b.lastParts) if (a.lastKey === p) return 1;
  let s = jw(a.lastKey, b.lastKey);
  const compound = a.lastParts.length > 1 || b.lastParts.length > 1 || a.lastParts[0] !== a.lastKey || b.lastParts[0] !== b.lastKey;
  if (s < 0.92 && compound) for (const p of a.lastParts) for (const q of b.lastParts) s = Math.max(s, jw(p, q));
  return s >= 0.92 ? 2 : s >= 0.8 ? 3 : 4;
}

export function middleLevel(a: NormRecord, b: NormRecord): number {
  if (!a.middle || !b.middle) return NULL_LEVEL;
  if (a.middle === b.middle) return 0;
  if ((a.middle.length === 1 || b.middle.length === 1) && a.middle[0] === b.middle[0]) return 1;
  return jw(a.middle, b.middle) >= 0.92 ? 1 : 2;
}

export function birthDateLevel(a: NormRecord, b: NormRecord): number {
  if (!a.year || !b.year) return NULL_LEVEL;
  if (a.dobApproximate || b.dobApproximate) return a.year === b.year ? 4 : 5;
  const sameY = a.year === b.year;
  const sameM = a.month === b.month;
  const sameD = a.day === b.day;
  if (sameY && sameM && sameD) return 0;
  if (sameY && a.month === b.day && a.day === b.month) return 1;
  if (Math.abs(a.dayNumber - b.dayNumber) <= 1) return 2;
  const differing = (sameY ? 0 : 1) + (sameM ? 0 : 1) + (sameD ? 0 : 1);
  if (differing !== 1 || (!sameY && !(Math.abs(a.year - b.year) <= 1 || digitTypo(a.year, b.year)))) {
    return oneSlipEach(a, b) ? DOB_TWO_SLIPS : DOB_DIFFERENT;
  }
  if (!sameY) return 3;
  // One digit of the day or month mistyped, or its two digits transposed (Damerau 1964), is a
  // keying error; 07 against 29 is more often another person born the same month.
  return sameM ? (digitTypo2(a.day, b.day) ? 3 : 6) : digitTypo2(a.month, b.month) ? 3 : 6;
}

/**
 * Each of two records of one person may carry its own slip — one a year typed from an age, the
 * other a day keyed late at night, or one a day-month swap and the other a day off — so their
 * dates differ in two places yet are one small slip away from a common date. Checked only where the
 * dates would otherwise be 'different': a meeting point of one slip each.
 */
function oneSlipEach(a: NormRecord, b: NormRecord): boolean {
  for (const d of b.slipDays) if (a.slipDays.includes(d)) return true;
  return false;
}

function digitTypo(x: number, y: number): boolean {
  return hammingOrTransposition(String(x), String(y));
}

/** Day or month numbers that differ in one digit or by their two digits transposed (12/21); the
 *  arithmetic twin of `hammingOrTransposition` for two digits, which runs on most compared pairs. */
function digitTypo2(x: number, y: number): boolean {
  const [xt, xo, yt, yo] = [Math.floor(x / 10), x % 10, Math.floor(y / 10), y % 10];
  return xt === yt || xo === yo || (xt === yo && xo === yt);
}

/** One differing digit, or two adjacent digits transposed. */
export function hammingOrTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = -1;
  let diffs = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      if (diffs === 0) first = i;
      if (++diffs > 2) return false;
    }
  }
  if (diffs === 1) return true;
  return diffs === 2 && a[first] === b[first + 1] && a[first + 1] === b[first];
}

export function ssnLevel(a: NormRecord, b: NormRecord): number {
  if (!a.ssn || !b.ssn) return NULL_LEVEL;
  if (a.ssn === b.ssn) return 0;
  return hammingOrTransposition(a.ssn, b.ssn) ? 1 : 2;
}

/** Fills `out[offset..offset+8]` with the levels of the pair (i, j). */
export function comparePlaintext(a: NormRecord, b: NormRecord, nick: NicknameIndex, out: Uint8Array, offset: number, isGivenName: GivenNameTest = () => false): void {
  let g = givenLevel(a, b, nick);
  let s = surnameLevel(a, b);
  if (g >= 4 && s >= 3 && g !== NULL_LEVEL && s !== NULL_LEVEL) [g, s] = swappedLevels(a, b, nick, g, s, isGivenName);
  out[offset] = g;
  out[offset + 1] = s === SURNAME_DIFFERENT ? surnameDifferentBySex(a.sex, b.sex) : s;
  out[offset + 2] = middleLevel(a, b);
  out[offset + 3] = birthDateLevel(a, b);
  out[offset + 4] = ssnLevel(a, b);
  out[offset + 5] = a.sex && b.sex ? (a.sex === b.sex ? 0 : 1) : NULL_LEVEL;
  out[offset + 6] = a.zip && b.zip ? (a.zip === b.zip ? 0 : 1) : NULL_LEVEL;
  out[offset + 7] = a.suffix && b.suffix ? (a.suffix === b.suffix ? 0 : 1) : NULL_LEVEL;
}

/**
 * Given and family names entered in each other's place in one of the two records (common with
 * Vietnamese and Hmong names, and on forms that ask for "name, surname"). Either record may be the
 * swapped one, so both readings are tried: a's given name against b's family-name field, and a's
 * family-name field against b's given name. A reading is taken when both names then agree closely,
 * or when the given names agree (exactly or as nicknames) and only the family name differs — a
 * woman whose surname has also changed, "Imani McDonald" against "Roberts, Imani" — provided the
 * name that agrees is one these records use as a given name (name-roles.ts: else "Hùng Nguyễn"
 * against "Nguyen, Thang" would read as one boy). Otherwise the straight reading stands, so a
 * disagreeing given name still means what it says.
 */
function swappedLevels(a: NormRecord, b: NormRecord, nick: NicknameIndex, g: number, s: number, isGivenName: GivenNameTest): [number, number] {
  let best0 = g;
  let best1 = s;
  // Reading 1: b is swapped (a's given name against b's family-name field); reading 2: a is.
  for (let reading = 0; reading < 2; reading++) {
    const [x, y] = reading === 0 ? [a, swapNames(b)] : [swapNames(a), b];
    // Both ways of taking a reading need its given names close (level 3 or better).
    const g2 = givenLevel(x, y, nick, true);
    if (g2 > 3) continue;
    const s2 = surnameLevel(x, y);
    const agrees = s2 <= 3 || (g2 <= 1 && s2 !== NULL_LEVEL && isGivenName(reading === 0 ? a.first : b.first));
    if (agrees && g2 + s2 < best0 + best1) [best0, best1] = [g2, s2];
  }
  return [best0, best1];
}

// One swapped copy per record, not one per compared pair (most non-matching pairs try the swap).
const swappedCopies = new WeakMap<NormRecord, NormRecord>();
function swapNames(a: NormRecord): NormRecord {
  let copy = swappedCopies.get(a);
  if (!copy) swappedCopies.set(a, (copy = swappedCopy(a)));
  return copy;
}

function swappedCopy(a: NormRecord): NormRecord {
  return {
    ...a,
    first: a.lastKey, firstKey: a.lastKey, firstInitial: a.lastInitial,
    lastKey: a.firstKey, lastParts: [a.firstKey], lastInitial: a.firstInitial,
  };
}
