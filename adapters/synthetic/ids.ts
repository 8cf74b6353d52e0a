/**
 * Local id factories that look like each agency system's own (CCWIS `CW-1048213`, FHIR
 * `pat-3f9a12c4`, HMIS 32-hex PersonalID or legacy `DV…`, Ed-Fi nine-digit studentUniqueId),
 * unique by construction: a counter goes through a bijection, so no id is drawn twice and no
 * set of issued ids has to be kept.
 */
import type { Rng } from './prng.js';

/** murmur3's 32-bit finalizer: a bijection on 32-bit integers. */
function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** Unique 8-hex-digit tokens in scrambled order. */
export class HexTokens {
  private counter = 0;
  private readonly salt: number;
  constructor(rng: Rng) {
    this.salt = rng.uint32();
  }
  next(): string {
    return mix32((this.counter++ ^ this.salt) >>> 0).toString(16).padStart(8, '0');
  }
}

/** Unique integers in [offset, offset + modulus), scrambled: (a·i + b) mod m with gcd(a, m) = 1. */
export class ScrambledNumbers {
  private counter = 0;
  private readonly a: number;
  private readonly b: number;
  constructor(
    rng: Rng,
    private readonly modulus: number,
    private readonly offset: number,
  ) {
    // Primes not dividing 10^k·9 keep the map bijective for the decimal moduli used here.
    this.a = rng.pick([1_000_003, 2_750_159, 4_256_249, 7_368_787, 9_999_991]);
    this.b = rng.int(0, modulus - 1);
  }
  next(): number {
    if (this.counter >= this.modulus) throw new RangeError('id space exhausted');
    return this.offset + ((this.a * this.counter++ + this.b) % this.modulus);
  }
}

/** Increasing numbers with small random gaps, like a database sequence with deleted rows. */
export class GappedSequence {
  private value: number;
  constructor(
    private readonly rng: Rng,
    start: number,
    private readonly maxGap: number,
  ) {
    this.value = start;
  }
  next(): number {
    this.value += this.rng.int(1, this.maxGap);
    return this.value;
  }
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
