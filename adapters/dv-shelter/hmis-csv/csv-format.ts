/**
 * CSV text as RFC 4180 writes it, which the HMIS CSV specification follows: comma separated, a
 * field quoted (with inner quotes doubled) when it holds a comma, quote or line break, CRLF
 * between records. Text is written as is: no trimming and no Unicode normalisation.
 */
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function csvText(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return csvLine(header) + rows.map(csvLine).join('');
}
