/**
 * Blocking: candidate pairs are the records that share a key in at least one pass, so the engine
 * never compares all n² pairs. Each pass is a list of keys per record (a record may have several,
 * e.g. one per surname part); a block larger than `maxBlockSize` is skipped as uninformative
 * (a very common key) and counted. Keys are opaque strings, so the same code blocks plaintext keys
 * and the keyed hashes of privacy-preserving mode. Pairs come back sorted and unique, as
 * `i * n + j` with i < j, in a Float64Array (exact below 2^53).
 */
export interface BlockingStats {
  pass: string;
  blocks: number;
  pairs: number;
  skippedBlocks: number;
}

export interface BlockingResult {
  pairs: Float64Array;
  stats: BlockingStats[];
}

export function candidatePairs(
  n: number,
  passes: ReadonlyArray<{ name: string; keys: ReadonlyArray<readonly string[]> }>,
  maxBlockSize: number,
): BlockingResult {
  let buf = new Float64Array(1 << 16);
  let len = 0;
  const push = (code: number) => {
    if (len === buf.length) {
      const next = new Float64Array(buf.length * 2);
      next.set(buf);
      buf = next;
    }
    buf[len++] = code;
  };
  const stats: BlockingStats[] = [];
  for (const pass of passes) {
    const blocks = new Map<string, number[]>();
    for (let r = 0; r < n; r++) {
      for (const k of pass.keys[r]) {
        const list = blocks.get(k);
        if (list) {
          if (list[list.length - 1] !== r) list.push(r);
        } else blocks.set(k, [r]);
      }
    }
    const s: BlockingStats = { pass: pass.name, blocks: 0, pairs: 0, skippedBlocks: 0 };
    for (const members of blocks.values()) {
      if (members.length < 2) continue;
      if (members.length > maxBlockSize) {
        s.skippedBlocks++;
        continue;
      }
      s.blocks++;
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          const a = members[x];
          const b = members[y];
          push(a < b ? a * n + b : b * n + a);
          s.pairs++;
        }
      }
    }
    stats.push(s);
  }
  const sorted = buf.subarray(0, len).sort();
  let u = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[u++] = sorted[k];
  return { pairs: sorted.slice(0, u), stats };
}
