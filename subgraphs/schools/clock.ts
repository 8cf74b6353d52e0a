/**
 * "Today" for the schools subgraph (current enrollment year, active IEP, attendance period).
 * Injected so tests, and a demo over data generated for a fixed reference date, are deterministic.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** The clock's calendar date (yyyy-mm-dd) in the server's time zone, as a school counts days. */
export function localDateOf(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}
