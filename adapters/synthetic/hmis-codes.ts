/**
 * HUD HMIS CSV code lists used for DV shelter records (HMIS Data Standards FY2024): ProjectType
 * (2.02.6), Destination (3.12), RelationshipToHoH (3.15.1) and the name/DOB data-quality codes
 * (3.01.5, 3.03.2). The weights are illustrative.
 */
import type { HmisDataQuality } from '../dv-shelter/port.js';

/** ProjectType: 0 ES entry/exit, 1 ES night-by-night, 2 transitional housing, 13 PH rapid re-housing. */
export const PROJECT_TYPES: ReadonlyArray<readonly [number, number]> = [
  [0, 60],
  [1, 5],
  [2, 20],
  [13, 15],
];

/** Typical length of stay per project type, in days. */
export const STAY_DAYS: Readonly<Record<number, readonly [number, number]>> = {
  0: [3, 90],
  1: [1, 30],
  2: [60, 540],
  13: [60, 365],
};

/** Destination at exit (3.12): homeless 1xx, temporary 3xx, permanent 4xx, 30 no exit interview. */
export const DESTINATIONS: ReadonlyArray<readonly [number, number]> = [
  [101, 8],
  [116, 2],
  [302, 12],
  [312, 16],
  [313, 10],
  [410, 12],
  [422, 12],
  [435, 16],
  [411, 2],
  [30, 6],
  [17, 4],
];

export const RELATIONSHIP_SELF = 1;
export const RELATIONSHIP_CHILD = 2;

/** Name data quality: 1 full, 2 partial/street name, 9 client prefers not to answer. */
export const NAME_QUALITY: ReadonlyArray<readonly [HmisDataQuality, number]> = [
  [1, 93],
  [2, 5],
  [9, 2],
];

/** DOB data quality: 1 full, 2 approximate, 8 doesn't know, 9 prefers not to answer, 99 not collected. */
export const DOB_QUALITY: ReadonlyArray<readonly [HmisDataQuality, number]> = [
  [1, 88],
  [2, 4],
  [8, 2],
  [9, 4],
  [99, 2],
];
