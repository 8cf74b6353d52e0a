/**
 * Two records of one agency system in one cluster (cluster.ts): a re-registration under a changed
 * surname joins its person, twins whose names differ by a spelling stay apart, a pair that
 * blocking never proposed is judged on its own fields before two clusters merge, and two records
 * of one system that are each near certainly a third record's person join through it.
 */
import { describe, expect, it } from 'vitest';
import type { DemographicRecord } from '../../../adapters/port/demographics.js';
import { readAllDemographics } from '../../../adapters/port/demographics.js';
import { generatePopulation } from '../../../adapters/synthetic/generate.js';
import { createSyntheticDemographicsSources } from '../../../adapters/synthetic/demographics.js';
import { linkPlaintext } from './engine.js';
import { linkPrivacyPreserving } from './pprl/engine.js';
import type { LinkageResult } from './types.js';

const population = generatePopulation({ size: 1500, seed: 5 });
const TEST_SECRET = 'test-only-linkage-secret-0002';

async function background(): Promise<DemographicRecord[]> {
  const sources = createSyntheticDemographicsSources(population, { releasedDvLocalIds: new Set() });
  return (await Promise.all(sources.map((s) => readAllDemographics(s, 500)))).flat();
}

function rec(system: string, localId: string, first: string, middle: string | null, last: string, birthDate: string, extra: Partial<DemographicRecord> = {}): DemographicRecord {
  return { system, localId, firstName: first, middleName: middle, lastName: last, birthDate, sex: 'FEMALE', zip: '95401', ...extra };
}

const together = (r: LinkageResult, a: string, b: string) =>
  r.clusters.some((c) => c.records.some((x) => x.localId === a) && c.records.some((x) => x.localId === b));

// SSNs in the 9xx area are never issued (SSA), so these cannot be anyone's.
const cases = [
  // A woman re-registered at behavioral health under her married name (a new MRN), same SSN.
  rec('child-welfare', 'R-1', 'Marisol', null, 'Echeverria', '1990-02-11', { ssn: '900112222' }),
  rec('behavioral-health', 'R-2', 'Marisol', null, 'Echeverria', '1990-02-11'),
  rec('behavioral-health', 'R-3', 'Marisol', null, 'Whitcombe', '1990-02-11', { ssn: '900112222' }),
  // Twin boys at one school whose names differ by a spelling, and child welfare's record of one.
  rec('schools', 'L-1', 'Long', 'Minh', 'Ngo', '2016-12-01', { sex: 'MALE', zip: '95470' }),
  rec('schools', 'L-2', 'Logan', 'Quoc', 'Ngo', '2016-12-01', { sex: 'MALE', zip: '95470' }),
  rec('child-welfare', 'L-3', 'Long', null, 'Ngo', '2016-12-01', { sex: 'MALE', zip: '95470', ssn: '900334444' }),
  // One girl at one school twice: once with given and family names swapped, once with day and
  // month swapped; no blocking pass puts these two together.
  rec('schools', 'K-1', 'Greenwald', 'Allison', 'Kimberlyn', '2014-05-12'),
  rec('schools', 'K-2', 'Kimberlyn', 'Allison', 'Greenwald', '2014-12-05'),
  rec('child-welfare', 'K-3', 'Kimberlyn', 'Allison', 'Greenwald', '2014-05-12', { ssn: '900556666' }),
  // A DV client registered twice, under her maiden and her married name; behavioral health holds
  // the hyphenated name and the SSN one DV record has. The DV pair alone is only worth a review,
  // but each is near certainly the behavioral-health client.
  rec('behavioral-health', 'D-1', 'Maria', null, 'Dabrowski-Okonkwo', '1979-05-16', { ssn: '900778888', zip: '95476' }),
  rec('dv-shelter', 'D-2', 'Maria', null, 'Okonkwo', '1979-05-16', { ssn: '900778888', sex: 'UNKNOWN', zip: null }),
  rec('dv-shelter', 'D-3', 'Maria', null, 'Dabrowski', '1979-05-16', { zip: '95476' }),
  // Family and given names swapped and the surname changed since, but the same SSN and birth date.
  rec('child-welfare', 'W-1', 'Saoirse', null, 'Yarbrough', '1960-05-05', { ssn: '900991111' }),
  rec('behavioral-health', 'W-2', 'Westergaard', null, 'Saoirse', '1960-05-05', { ssn: '900991111' }),
];

describe.each([
  ['plaintext', (records: DemographicRecord[]) => linkPlaintext(records)],
  ['privacy-preserving', (records: DemographicRecord[]) => linkPrivacyPreserving(records, { secret: TEST_SECRET })],
] as const)('two records of one system (%s)', (_mode, link) => {
  let result: LinkageResult;
  const linked = async () => (result ??= link([...(await background()), ...cases]));

  it('joins a re-registration under a changed surname to its person', async () => {
    const r = await linked();
    expect(together(r, 'R-1', 'R-2')).toBe(true);
    expect(together(r, 'R-1', 'R-3')).toBe(true);
    expect(together(r, 'R-2', 'R-3')).toBe(true);
  });

  it('keeps twins whose given names differ by a spelling apart', async () => {
    const r = await linked();
    expect(together(r, 'L-1', 'L-3')).toBe(true);
    expect(together(r, 'L-1', 'L-2')).toBe(false);
    expect(together(r, 'L-2', 'L-3')).toBe(false);
  });

  it('judges a pair blocking never proposed before it joins two records of one system', async () => {
    const r = await linked();
    expect(together(r, 'K-2', 'K-3')).toBe(true);
    expect(together(r, 'K-1', 'K-3')).toBe(true);
    expect(together(r, 'K-1', 'K-2')).toBe(true);
  });

  it('joins two records of one system with one given name and birth date through a near-certain third', async () => {
    const r = await linked();
    expect(together(r, 'D-1', 'D-2')).toBe(true);
    expect(together(r, 'D-1', 'D-3')).toBe(true);
  });

  it('links swapped names under a changed surname when SSN and birth date agree', async () => {
    const r = await linked();
    expect(together(r, 'W-1', 'W-2')).toBe(true);
  });
});
