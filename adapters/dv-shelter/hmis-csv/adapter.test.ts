import { afterAll, describe, expect, it } from 'vitest';
import { runAdapterConformance } from '../../conformance/index.js';
import { dvShelterFixture } from '../../conformance/fixtures/dv-shelter.js';
import { createHmisCsvDvShelterAdapter } from './adapter.js';
import { HmisExportRejectedError } from './problems.js';
import { readHmisExport } from './read-export.js';
import { exportOf, removeTmpDirs } from './test-support.js';

afterAll(removeTmpDirs);

const BEYOND_SPEC = { households: 'warn', idMaxLength: 64 } as const;

describe('HMIS CSV DV shelter adapter', () => {
  // Each test writes the kit's dataset as an HMIS CSV export and loads it. The kit's fixture goes
  // beyond the HMIS CSV specification in two ways (tested below): households without exactly one
  // head, and a 35-character PersonalID (S32). Both are allowed here by option, not by default.
  runAdapterConformance(it, {
    domain: 'dv-shelter',
    createAdapter: async (data) =>
      createHmisCsvDvShelterAdapter({ directory: await exportOf(data), requireInitialLoad: true, ...BEYOND_SPEC }),
  });

  it("the kit's fixture breaks S32 (one PersonalID) and HMIS 3.15.1 (one head per HouseholdID), nothing else", async () => {
    const dir = await exportOf(dvShelterFixture);
    const rejected = async (options = {}) => {
      const error = await readHmisExport(dir, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HmisExportRejectedError);
      return (error as HmisExportRejectedError).problems.map((p) => [p.file, p.line, p.column, p.message]);
    };
    expect(await rejected()).toEqual([
      ['Client.csv', 6, 'PersonalID', 'longer than 32 characters (S32), has 35'],
      ['SafetyPlan.csv', 6, 'PersonalID', 'longer than 32 characters (S32), has 35'],
    ]);
    // HH-0001: EN-0001 and EN-0002 are two stays, each with the client as head (2 heads);
    // HH-0004: the client is a child (2) with no head; HH-0005: relationship 99, no head.
    const heads = (n: number) => `this household has ${n} heads of household (RelationshipToHoH 1); HMIS 3.15.1 requires exactly one`;
    expect(await rejected({ idMaxLength: 64 })).toEqual([
      ['Enrollment.csv', 2, 'HouseholdID', heads(2)],
      ['Enrollment.csv', 5, 'HouseholdID', heads(0)],
      ['Enrollment.csv', 6, 'HouseholdID', heads(0)],
    ]);
    expect((await readHmisExport(dir, BEYOND_SPEC)).warnings).toHaveLength(3);
  });
});
