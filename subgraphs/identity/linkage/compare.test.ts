/**
 * Birth-date levels that tell a keying error from another person (compare.ts): one digit of the
 * day, month or year mistyped, two digits transposed, or a year off by one, against a day or
 * month that differs in a way no keystroke explains, and one slip on each of two records.
 */
import { describe, expect, it } from 'vitest';
import type { DemographicRecord } from '../../../adapters/port/demographics.js';
import { birthDateLevel, PLAINTEXT_FIELDS } from './compare.js';
import { normaliseRecord } from './normalise.js';

const record = (birthDate: string) =>
  normaliseRecord({ system: 'schools', localId: birthDate, firstName: 'Itzel', middleName: null, lastName: 'Garcia', birthDate } as DemographicRecord, 0, 0);
const level = (a: string, b: string) => PLAINTEXT_FIELDS[3].levels[birthDateLevel(record(a), record(b))];

describe('birth-date levels', () => {
  it('counts one mistyped or transposed digit of one part as a keying error', () => {
    expect(level('2015-05-29', '2015-05-20')).toBe('one part differs (a keying error)');
    expect(level('2015-05-12', '2015-05-21')).toBe('one part differs (a keying error)');
    expect(level('2015-03-12', '2015-08-12')).toBe('one part differs (a keying error)');
    expect(level('2012-05-07', '2021-05-07')).toBe('one part differs (a keying error)');
    expect(level('1987-05-07', '1988-05-07')).toBe('one part differs (a keying error)');
  });

  it('keeps a day or month no keystroke explains apart from a keying error', () => {
    expect(level('2019-11-07', '2019-11-29')).toBe('day or month differs');
    expect(level('2019-02-14', '2019-11-14')).toBe('day or month differs');
  });

  it('recognises one slip on each record: a year typed from an age and a day off, a swap and a day off', () => {
    expect(level('1989-05-23', '1988-05-22')).toBe('two small errors');
    expect(level('1978-02-04', '1978-03-02')).toBe('two small errors');
    expect(level('1989-05-23', '1987-05-21')).toBe('different');
  });

  it('still grades swaps, neighbouring days and outright differences', () => {
    expect(level('2014-05-12', '2014-12-05')).toBe('day-month swap');
    expect(level('2014-05-31', '2014-06-01')).toBe('±1 day');
    expect(level('2014-05-12', '1998-05-12')).toBe('different');
  });
});
