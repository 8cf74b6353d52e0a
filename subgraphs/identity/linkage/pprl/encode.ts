/**
 * The data holder's side of privacy-preserving mode: each agency normalises its own records and
 * sends the linkage unit only keyed Bloom filters per field and keyed hashes of its blocking keys
 * (and the HMIS birth-date quality flag). No name, date, SSN or ZIP leaves in clear.
 * Nickname roots and surname parts are encoded as extra tokens in auxiliary filters, so the linkage
 * unit can still see "a shared nickname root" or "a shared compound-surname part".
 */
import { createHmac } from 'node:crypto';
import type { DemographicRecord } from '../../../../adapters/port/demographics.js';
import { blockingKeys } from '../blocking-keys.js';
import { type NicknameIndex, rootsOf } from '../nicknames.js';
import { normaliseRecord } from '../normalise.js';
import { BloomEncoder, WORDS, bigrams } from './bloom.js';

/** Filters per record, in this order. */
export const FILTERS = ['given', 'givenRoots', 'surname', 'surnameParts', 'middle', 'birthDate', 'birthDateSwap', 'birthDateNear', 'ssn', 'sex', 'zip', 'suffix'] as const;
export const FILTER_INDEX = Object.fromEntries(FILTERS.map((f, i) => [f, i])) as Record<(typeof FILTERS)[number], number>;

export interface EncodedBatch {
  system: string[];
  localId: string[];
  /** FILTERS.length × WORDS words per record. */
  bits: Uint32Array;
  dobApproximate: Uint8Array;
  /** Hashed blocking keys, per pass, per record. */
  blockKeys: string[][][];
}

export function encodeRecords(records: readonly DemographicRecord[], secret: string, nick: NicknameIndex): EncodedBatch {
  const enc = new BloomEncoder(secret);
  const per = FILTERS.length * WORDS;
  const bits = new Uint32Array(records.length * per);
  const dobApproximate = new Uint8Array(records.length);
  const keyHash = new Map<string, string>();
  const hashKey = (k: string) => {
    let h = keyHash.get(k);
    if (!h) keyHash.set(k, (h = createHmac('sha256', secret).update(`block\u0000${k}`).digest('base64').slice(0, 16)));
    return h;
  };
  const blockKeys: string[][][] = [];
  records.forEach((r, i) => {
    const n = normaliseRecord(r, i, 0);
    const at = (f: number) => i * per + f * WORDS;
    const put = (f: (typeof FILTERS)[number], tokens: string[], label: string = f) => enc.encode(label, tokens, bits, at(FILTER_INDEX[f]));
    // Given name and surname share one hashing label, so a record with the two entered in each
    // other's place can be recognised by comparing one's given filter with the other's surname.
    put('given', bigrams(n.first), 'name');
    put('givenRoots', n.first ? rootsOf(nick, n.first) : []);
    put('surname', bigrams(n.lastKey), 'name');
    put('surnameParts', n.lastKey ? [n.lastKey, ...n.lastParts] : []);
    put('middle', bigrams(n.middle));
    if (n.year) {
      const md = `${Math.min(n.month, n.day)}-${Math.max(n.month, n.day)}`;
      put('birthDate', n.dobApproximate ? [`y${n.year}`]
        : [`ymd${n.year}-${n.month}-${n.day}`, `y${n.year}`, `md${md}`, `ym${n.year}-${n.month}`, `yd${n.year}-${n.day}`, `m${n.month}d${n.day}`]);
      if (!n.dobApproximate) {
        // Equal exactly when the dates are equal or day and month are swapped.
        put('birthDateSwap', [`${n.year}|${md}`]);
        // Two dates a day apart always share one of these two-day windows; dates further apart never do.
        put('birthDateNear', [`a${Math.floor(n.dayNumber / 2)}`, `b${Math.floor((n.dayNumber + 1) / 2)}`]);
      }
    }
    dobApproximate[i] = n.dobApproximate ? 1 : 0;
    put('ssn', bigrams(n.ssn));
    put('sex', n.sex ? [String(n.sex)] : []);
    put('zip', n.zip ? [n.zip] : []);
    put('suffix', n.suffix ? [n.suffix] : []);
    blockKeys.push(blockingKeys(n, nick).map((ks) => ks.map(hashKey)));
  });
  return { system: records.map((r) => r.system), localId: records.map((r) => r.localId), bits, dobApproximate, blockKeys };
}
