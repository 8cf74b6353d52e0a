/**
 * A whole generated population written as an HMIS CSV export and loaded back answers exactly as
 * the embedded adapter over the same data, except that `lastUpdated` comes back in
 * `toISOString()` form (HMIS T has whole seconds and no zone: `…T19:13:34Z` → `…T19:13:34.000Z`).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../synthetic/generate.js';
import { createEmbeddedDvShelterAdapter } from '../embedded.js';
import { createHmisCsvDvShelterAdapter } from './adapter.js';
import { exportOf, removeTmpDirs } from './test-support.js';

afterAll(removeTmpDirs);

const sameInstant = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (key, v) => (key === 'lastUpdated' ? new Date(v).toISOString() : v));

describe('generator population round trip', () => {
  it.each([{ size: 3000, seed: 20261101 }, { size: 8000, seed: 7 }])('size $size, seed $seed', async (options) => {
    const population = generatePopulation(options);
    const data = population.dvShelter;
    const ref = population.options.referenceDate;
    const dir = await exportOf(data, { exportDate: `${ref} 00:00:00` });
    const csv = await createHmisCsvDvShelterAdapter({ directory: dir, requireInitialLoad: true });
    const embedded = createEmbeddedDvShelterAdapter(data, { asOf: ref });
    const ids = data.clients.map((c) => c.localId);
    expect(ids.length).toBeGreaterThan(50);
    expect(csv.capabilities).toEqual(embedded.capabilities);
    expect(sameInstant(await csv.clientsByIds(ids))).toEqual(sameInstant(await embedded.clientsByIds(ids)));
    expect(sameInstant(await csv.enrollmentsByClientIds(ids))).toEqual(sameInstant(await embedded.enrollmentsByClientIds(ids)));
    expect(csv.loadedExport()?.warnings).toEqual([]);
  });
});
