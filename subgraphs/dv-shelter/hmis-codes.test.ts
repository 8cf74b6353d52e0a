import { describe, expect, it } from 'vitest';
import { destinationClassOf, projectTypeOf, relationshipOf } from './hmis-codes.js';

describe('HMIS code maps', () => {
  it('classes destinations by the first digit of three-digit codes (3.12)', () => {
    expect([101, 116, 118].map(destinationClassOf)).toEqual(['HOMELESS', 'HOMELESS', 'HOMELESS']);
    expect([204, 215, 225].map(destinationClassOf)).toEqual(['INSTITUTIONAL', 'INSTITUTIONAL', 'INSTITUTIONAL']);
    expect([302, 332].map(destinationClassOf)).toEqual(['TEMPORARY', 'TEMPORARY']);
    expect([410, 435].map(destinationClassOf)).toEqual(['PERMANENT', 'PERMANENT']);
  });

  it('puts two-digit and missing-data destinations in OTHER, not in a 2xx/3xx class', () => {
    expect([17, 24, 30, 8, 9, 99, 0, -1, 999, 1.5].map(destinationClassOf)).toEqual(Array(10).fill('OTHER'));
  });

  it('maps every 2.02.6 project type and sends unknown codes to OTHER', () => {
    expect(projectTypeOf(0)).toBe('EMERGENCY_SHELTER_ENTRY_EXIT');
    expect(projectTypeOf(13)).toBe('PH_RAPID_RE_HOUSING');
    expect(projectTypeOf(7)).toBe('OTHER');
    expect(projectTypeOf(5)).toBe('OTHER'); // there is no 5 in 2.02.6
    expect(projectTypeOf(42)).toBe('OTHER');
  });

  it('maps 3.15.1 relationships and treats unknown codes as not collected', () => {
    expect([1, 2, 3, 4, 5, 99].map(relationshipOf)).toEqual([
      'SELF',
      'CHILD',
      'SPOUSE_OR_PARTNER',
      'OTHER_RELATIVE',
      'UNRELATED_HOUSEHOLD_MEMBER',
      'DATA_NOT_COLLECTED',
    ]);
    expect(relationshipOf(8)).toBe('DATA_NOT_COLLECTED');
  });
});
