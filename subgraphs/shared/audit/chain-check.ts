/**
 * Walks a hash chain in sequence order and names the first place it breaks. Detection is the
 * guarantee (45 CFR 164.312(b) audit controls are only worth something if tampering shows); the
 * kind is a best reading of the evidence around the break, for whoever investigates:
 *
 * - deleted:   a sequence number is missing (entries are numbered without gaps under a lock);
 * - reordered: an entry links to an entry that is not its predecessor but stands near it;
 * - inserted:  the entries on either side of one entry link to each other, skipping it;
 * - edited:    an entry no longer hashes to its hash, or it does but the next entry still carries
 *              its old hash (it was changed and re-hashed).
 *
 * Rows are pushed one at a time so a long chain is checked in pages, keeping only a few rows.
 */
import type { AuditVerification, ChainProblem, ChainProblemKind } from './audit-store.js';
import { hashEntry } from './entry-hash.js';
import { GENESIS_HASH, type AuditEntry } from './types.js';

export class ChainChecker {
  /** The last accepted entries, newest last (at most two). */
  private accepted: AuditEntry[] = [];
  /** The entry waiting for its successor, which tells edited from inserted. */
  private pending: AuditEntry | undefined;
  private read = 0;
  private problem: ChainProblem | undefined;

  push(entry: AuditEntry): void {
    this.read += 1;
    if (this.problem) return;
    if (this.pending) this.check(this.pending, entry);
    this.pending = entry;
  }

  end(): AuditVerification {
    if (!this.problem && this.pending) this.check(this.pending, undefined);
    const head = this.problem ? undefined : this.accepted.at(-1);
    return {
      ok: !this.problem,
      entries: this.read,
      ...(this.problem ? { firstProblem: this.problem } : {}),
      ...(head ? { head: { sequence: head.sequence, hash: head.hash } } : {}),
    };
  }

  private check(entry: AuditEntry, next: AuditEntry | undefined): void {
    const problem = this.classify(entry, next);
    if (problem) {
      this.problem = problem;
      return;
    }
    this.accepted = [...this.accepted.slice(-1), entry];
  }

  private classify(entry: AuditEntry, next: AuditEntry | undefined): ChainProblem | undefined {
    const [beforePrev, prev] = this.accepted.length === 2 ? this.accepted : [undefined, this.accepted.at(0)];
    const expectedSequence = prev ? prev.sequence + 1 : 1;
    const expectedPrevHash = prev?.hash ?? GENESIS_HASH;
    const { sequence } = entry;

    if (sequence > expectedSequence) {
      const missing = sequence - expectedSequence === 1 ? `${expectedSequence}` : `${expectedSequence}–${sequence - 1}`;
      return problem(expectedSequence, 'deleted', `entry ${missing} is missing: the chain jumps to ${sequence}`);
    }
    if (sequence < expectedSequence) {
      return problem(sequence, 'inserted', `entry ${sequence} is out of the numbering (expected ${expectedSequence})`);
    }
    const hashes = entry.hash === hashEntry(entry);
    const links = entry.prevHash === expectedPrevHash;
    if (hashes && links) return undefined;

    if (!links && next && entry.prevHash === next.hash) {
      return problem(sequence, 'reordered', `entry ${sequence} links to entry ${next.sequence}, which now follows it`);
    }
    if (next && next.prevHash === expectedPrevHash) {
      const around = `entries ${sequence - 1} and ${next.sequence} link to each other`;
      return problem(sequence, 'inserted', `${around}; entry ${sequence} was put between them`);
    }
    if (!links && prev && entry.prevHash === (beforePrev?.hash ?? GENESIS_HASH)) {
      const detail = `entry ${sequence} links past entry ${prev.sequence}, which was put between`;
      return problem(prev.sequence, 'inserted', detail);
    }
    if (!links && hashes && prev) {
      const old = entry.prevHash.slice(0, 12);
      const detail = `entry ${prev.sequence} was changed and re-hashed: entry ${sequence} still carries its old hash ${old}…`;
      return problem(prev.sequence, 'edited', detail);
    }
    const detail = hashes
      ? `entry ${sequence} does not link to the entry before it`
      : `entry ${sequence} no longer hashes to its recorded hash ${entry.hash.slice(0, 12)}…: its content was changed`;
    return problem(sequence, 'edited', detail);
  }
}

function problem(sequence: number, kind: ChainProblemKind, detail: string): ChainProblem {
  return { sequence, kind, detail };
}
