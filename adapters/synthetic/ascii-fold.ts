/**
 * Accent loss as legacy agency systems do it: José → Jose, Nguyễn → Nguyen, Łukasz → Lukasz.
 * NFD strips combining marks; a few letters (đ, ł, ø, ß…) have no decomposition and are mapped.
 */
const SPECIAL: Record<string, string> = {
  đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE',
};
const SPECIAL_PATTERN = /[đĐłŁøØßæÆœŒ]/g;

export function foldToAscii(text: string): string {
  if (!hasNonAscii(text)) return text;
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(SPECIAL_PATTERN, (c) => SPECIAL[c]);
}

export function hasNonAscii(text: string): boolean {
  return /[^\x00-\x7f]/.test(text);
}
