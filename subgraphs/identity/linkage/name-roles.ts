/**
 * Whether a name is written far more often as a given name than as a family name in the records
 * being linked. Swapped names (compare.ts) are ambiguous when only one of the two names agrees:
 * "Imani McDonald" against "Roberts, Imani" is a woman whose surname changed, but "Hùng Nguyễn"
 * against "Nguyen, Thang" is his twin brother — the name that agrees is a given name in the first
 * case and a family name in the second, and the records themselves say which: Imani fills given-name
 * fields, Nguyễn family-name fields. Counted over every record, so a few swapped entries do not
 * change the answer. PPRL counts identical encodings the same way (given and family names share one
 * hashing label), learning nothing of the names themselves.
 */
export type GivenNameTest = (name: string) => boolean;

export function givenNameTest(givenNames: readonly string[], familyNames: readonly string[]): GivenNameTest {
  const asGiven = countsOf(givenNames);
  const asFamily = countsOf(familyNames);
  return (name) => name !== '' && (asGiven.get(name) ?? 0) > 2 * (asFamily.get(name) ?? 0);
}

function countsOf(names: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of names) if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
  return counts;
}
