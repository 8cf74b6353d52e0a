/**
 * The prior: the probability that two records drawn at random belong to one person, as Splink
 * estimates it (`estimate_probability_two_random_records_match`): count the candidate pairs a
 * strict deterministic rule accepts, divide by the rule's assumed recall, and by the number of
 * all record pairs n(n−1)/2.
 * Why not λ by EM over the candidate pairs (what this engine did before): blocked pairs agree on
 * their blocking key, and relatives agree on surname, ZIP and birth year together, so the
 * independence assumption makes EM put about half of all candidates in the match class (λ ≈ 0.5
 * against a true 0.01 at 100k people) and every namesake in review. With the prior taken over
 * random pairs, the blocking key's agreement is counted once, as evidence, through its own m/u.
 */

/** Field indexes shared by the plaintext and privacy-preserving field lists. */
const GIVEN = 0;
const SURNAME = 1;
const BIRTH = 3;
const SSN = 4;

/**
 * The deterministic rule: SSN exact with given names not in conflict, or birth date exact with
 * given names exact or nicknames and surnames exact or sharing a compound part.
 */
export function surelyMatches(levels: Uint8Array, o: number): boolean {
  const g = levels[o + GIVEN];
  if (levels[o + SSN] === 0 && g <= 4) return true;
  return levels[o + BIRTH] === 0 && g <= 1 && levels[o + SURNAME] <= 1;
}

export function randomMatchProbability(levels: Uint8Array, pairCount: number, F: number, n: number, recall: number): number {
  if (n < 2) return 1e-9;
  let sure = 0;
  for (let p = 0; p < pairCount; p++) if (surelyMatches(levels, p * F)) sure++;
  const all = (n * (n - 1)) / 2;
  return Math.min(0.5, Math.max(1 / all, sure / recall / all));
}

