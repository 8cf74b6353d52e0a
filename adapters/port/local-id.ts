/**
 * Keys that reach an agency system are validated per key, so one bad key becomes an `Error` at
 * its index (the batch contract) and never reaches a query builder or an HTTP path.
 */
export const MAX_LOCAL_ID_LENGTH = 64;

// Letters, digits and the separators agency systems use in identifiers (CCWIS ids, Ed-Fi
// studentUniqueId, HMIS PersonalID S32, FHIR ids [A-Za-z0-9\-\.]{1,64}).
const LOCAL_ID_PATTERN = /^[\p{L}\p{N}._:\-]+$/u;

export class InvalidLocalIdError extends Error {
  override name = 'InvalidLocalIdError';
  constructor(
    readonly key: unknown,
    reason: string,
  ) {
    super(`Invalid local id ${JSON.stringify(String(key)).slice(0, 80)}: ${reason}`);
  }
}

/** The problem with a key, or null when it is a well-formed local id. */
export function localIdProblem(key: unknown): string | null {
  if (typeof key !== 'string') return `expected a string, got ${typeof key}`;
  if (key.length === 0) return 'empty';
  if (key.length > MAX_LOCAL_ID_LENGTH) return `longer than ${MAX_LOCAL_ID_LENGTH} characters`;
  if (!LOCAL_ID_PATTERN.test(key)) return 'only letters, digits and . _ : - are allowed';
  return null;
}

/** Split keys into the valid ones to look up and an Error per invalid one, keeping positions. */
export function checkLocalIds(keys: readonly unknown[]): Array<InvalidLocalIdError | null> {
  return keys.map((key) => {
    const problem = localIdProblem(key);
    return problem ? new InvalidLocalIdError(key, problem) : null;
  });
}
