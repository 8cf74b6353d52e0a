/**
 * Field-level Bloom filter encoding for privacy-preserving record linkage (Schnell, Bachteler &
 * Reiher 2009, "Privacy-preserving record linkage using Bloom filters"; a cryptographic long-term
 * key / CLK is the union of such filters). Each token (a padded bigram, or a whole-value token
 * such as a birth-date part) sets `k` bits chosen by double hashing over a keyed HMAC-SHA256
 * (Kirsch & Mitzenmacher 2006), so only holders of the shared secret can encode comparable
 * filters. Similarity is the Dice coefficient of the bit sets.
 */
import { createHmac } from 'node:crypto';

export const FILTER_BITS = 512;
export const WORDS = FILTER_BITS / 32;

export class BloomEncoder {
  private readonly cache = new Map<string, Uint32Array>();
  constructor(private readonly secret: string, private readonly k = 10) {}

  /** Bit positions of one token of one field (cached: tokens repeat across records). */
  positions(field: string, token: string): Uint32Array {
    const key = `${field}\u0000${token}`;
    let pos = this.cache.get(key);
    if (!pos) {
      const h = createHmac('sha256', this.secret).update(key).digest();
      const h1 = h.readUInt32LE(0);
      const h2 = h.readUInt32LE(4) | 1;
      pos = new Uint32Array(this.k);
      for (let i = 0; i < this.k; i++) pos[i] = (h1 + Math.imul(i, h2)) >>> 0 & (FILTER_BITS - 1);
      this.cache.set(key, pos);
    }
    return pos;
  }

  /** Sets the bits of `tokens` into `out[offset .. offset + WORDS)`. */
  encode(field: string, tokens: readonly string[], out: Uint32Array, offset: number): void {
    for (const t of tokens) for (const p of this.positions(field, t)) out[offset + (p >>> 5)] |= 1 << (p & 31);
  }
}

/** Padded bigrams: "ana" → _a an na a_. */
export function bigrams(s: string): string[] {
  if (!s) return [];
  const p = `_${s}_`;
  const out: string[] = [];
  for (let i = 0; i < p.length - 1; i++) out.push(p.slice(i, i + 2));
  return out;
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Dice coefficient of two filters in one array; -1 when either is empty (field missing). */
export function dice(bits: Uint32Array, a: number, b: number, countA: number, countB: number): number {
  if (countA === 0 || countB === 0) return -1;
  let both = 0;
  for (let w = 0; w < WORDS; w++) both += popcount(bits[a + w] & bits[b + w]);
  return (2 * both) / (countA + countB);
}
