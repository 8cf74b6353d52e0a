/**
 * Suites that need something outside Node (a database server, Chromium, the compose CLI) run
 * whenever it is there. Where it is missing they are skipped with a line saying what is missing
 * and how to get it — except under CI=true, where a missing dependency is a failure, because
 * CI always has them (.ci/run installs or starts each one).
 */
export const inCI = process.env.CI === 'true';

export interface Availability {
  available: boolean;
  /** What to tell the developer when it is missing. */
  howToGet: string;
}

/**
 * Returns true when the suite should be skipped. Under CI a missing dependency throws instead,
 * so the run fails loudly rather than passing on nothing.
 */
export function skipUnlessAvailable(what: string, availability: Availability): boolean {
  if (availability.available) return false;
  const message = `${what} is not available: ${availability.howToGet}`;
  if (inCI) throw new Error(`${message} (CI=true: required)`);
  console.warn(`skipping: ${message}`);
  return true;
}
