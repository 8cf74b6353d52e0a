/**
 * Driver values to port values. Drivers differ: pg returns `timestamptz` as a Date and (with
 * `dateTypes` below) `date` as text; mysql2 with `dateStrings` returns both as text, DATETIME in
 * UTC because pools set `timezone: 'Z'`. Dates are calendar days: never through a time zone.
 */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day as yyyy-mm-dd, or null. */
export function isoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && DAY.test(value)) return value;
  if (value instanceof Date) {
    // Drivers build a DATE as local midnight; read it back in local time.
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  throw new TypeError(`expected a date (yyyy-mm-dd), got ${JSON.stringify(value)}`);
}

/** A calendar day that must be present. */
export function requiredDate(value: unknown): string {
  const day = isoDate(value);
  if (day === null) throw new TypeError('a required date is NULL');
  return day;
}

/** An instant as ISO-8601 UTC (`toISOString`, the database's canonical form). Zone-less text is UTC. */
export function isoDateTime(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') {
    const zoned = /(Z|[+-]\d{2}(:?\d{2})?)$/.test(value) ? value : `${value}Z`;
    const date = new Date(zoned.replace(' ', 'T'));
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  throw new TypeError(`expected a date-time, got ${JSON.stringify(value)}`);
}

/** Booleans as drivers return them: pg `true`, MariaDB TINYINT(1) `1`. */
export function toBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  throw new TypeError(`expected a boolean, got ${JSON.stringify(value)}`);
}

export function text(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`expected text, got ${JSON.stringify(value)}`);
  return value;
}

export function optionalText(value: unknown): string | null {
  return value === null || value === undefined ? null : text(value);
}

/** An integer column (MariaDB may return SMALLINT as a number, DECIMAL as text). */
export function integer(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) throw new TypeError(`expected an integer, got ${JSON.stringify(value)}`);
  return n;
}
