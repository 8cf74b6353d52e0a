import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyPopulation } from '../embedded-adapters.js';
import { exportOf, removeTmpDirs } from '../dv-shelter/hmis-csv/test-support.js';
import { AGENCY_UNAVAILABLE, AgencyUnavailableError } from '../resilience/agency-unavailable-error.js';
import { generatePopulation } from '../synthetic/generate.js';
import { AdapterConfigError, adapterConfigFromEnv } from './adapter-config.js';
import { createConfiguredAdapters } from './create-adapters.js';
import { MappingFileError } from './mapping-issues.js';

afterAll(removeTmpDirs);

describe('configured adapters', () => {
  it('are embedded by default, over one population made once and only when asked for', async () => {
    let made = 0;
    const configured = await createConfiguredAdapters(adapterConfigFromEnv({}), { population: () => (made++, emptyPopulation()) });
    expect(made).toBe(0);
    expect(configured.adapters.childWelfare.capabilities.freshness).toBe('snapshot');
    expect(configured.adapters.schools.capabilities.sourceSystem).toBe('schools');
    expect(made).toBe(1);
    expect(configured.kinds.childWelfare).toBe('embedded');
    await configured.close();
  });

  it('build a database adapter without generating the population', async () => {
    const env = { CHILD_WELFARE_ADAPTER: 'postgres', CHILD_WELFARE_DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
    const configured = await createConfiguredAdapters(adapterConfigFromEnv(env), {
      only: ['childWelfare'],
      population: () => {
        throw new Error('not needed');
      },
    });
    expect(configured.adapters.childWelfare.capabilities.freshness).toBe('live');
    expect(() => configured.adapters.schools).toThrow(/serves childWelfare, not schools/);
    await configured.close();
  });

  it('stop at start on a mapping file that is missing or invalid', async () => {
    const base = { CHILD_WELFARE_ADAPTER: 'postgres', CHILD_WELFARE_DATABASE_URL: 'postgres://h/db' };
    const missing = adapterConfigFromEnv({ ...base, CHILD_WELFARE_MAPPING: '/nonexistent/county.yaml' });
    await expect(createConfiguredAdapters(missing)).rejects.toThrow(AdapterConfigError);
    await expect(createConfiguredAdapters(missing)).rejects.toThrow(/CHILD_WELFARE_MAPPING: cannot read the mapping file/);

    const file = join(mkdtempSync(join(tmpdir(), 'hub-mapping-')), 'county.yaml');
    writeFileSync(file, 'domain: child-welfare\ncodes:\n  caseStatus: { O: OPENED }\n');
    const invalid = adapterConfigFromEnv({ ...base, CHILD_WELFARE_MAPPING: file });
    await expect(createConfiguredAdapters(invalid)).rejects.toThrow(MappingFileError);
    await expect(createConfiguredAdapters(invalid)).rejects.toThrow(/county\.yaml:3:20: "OPENED" \(local code "O"\) is not a caseStatus value/);
  });

  it('answer within the time budget with AGENCY_UNAVAILABLE at every key when the database is down', async () => {
    const env = {
      CHILD_WELFARE_ADAPTER: 'postgres',
      CHILD_WELFARE_DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', // nothing listens on port 1
      CHILD_WELFARE_TIMEOUT_MS: '1500',
    };
    const configured = await createConfiguredAdapters(adapterConfigFromEnv(env), { only: ['childWelfare'] });
    const started = performance.now();
    const answer = await configured.adapters.childWelfare.childrenByIds(['CW-C-000001', 'CW-C-000002', 'bad id!']);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1500 + 100);
    expect(answer).toHaveLength(3);
    for (const entry of answer) {
      expect(entry).toBeInstanceOf(AgencyUnavailableError);
      expect(entry).toMatchObject({ agency: 'child-welfare', code: AGENCY_UNAVAILABLE });
    }
    expect((answer[0] as Error).message).toMatch(/^child-welfare is unavailable: .*ECONNREFUSED/);
    const health = await configured.adapters.childWelfare.health();
    expect(health.status).toBe('down');
    expect(health.detail).toMatch(/circuit (open|closed) \(/);
    await configured.close();
  });

  it('serve the DV shelter from an HMIS CSV export named by DV_SHELTER_EXPORT_DIR', async () => {
    const population = generatePopulation({ size: 400, seed: 11 });
    const dir = await exportOf(population.dvShelter, { exportDate: `${population.options.referenceDate} 00:00:00` });
    const configured = await createConfiguredAdapters(adapterConfigFromEnv({ DV_SHELTER_ADAPTER: 'hmis-csv', DV_SHELTER_EXPORT_DIR: dir }), {
      only: ['dvShelter'],
      population: () => {
        throw new Error('not needed');
      },
    });
    expect(configured.kinds.dvShelter).toBe('hmis-csv');
    const dv = configured.adapters.dvShelter;
    expect(dv.capabilities).toMatchObject({ sourceSystem: 'dv-shelter', freshness: 'snapshot', asOf: population.options.referenceDate });
    const ids = population.dvShelter.clients.slice(0, 5).map((c) => c.localId);
    expect((await dv.clientsByIds([...ids, 'NOBODY'])).map((c) => (c && !(c instanceof Error) ? c.localId : c))).toEqual([...ids, null]);
    expect((await dv.health()).status).toBe('up');
    await configured.close();
  });

  it('stop at start on an export directory that is missing or rejected, naming the variable', async () => {
    const missing = adapterConfigFromEnv({ DV_SHELTER_ADAPTER: 'hmis-csv', DV_SHELTER_EXPORT_DIR: '/nonexistent/dv-export' });
    await expect(createConfiguredAdapters(missing)).rejects.toThrow(AdapterConfigError);
    await expect(createConfiguredAdapters(missing)).rejects.toThrow(/DV_SHELTER_EXPORT_DIR="\/nonexistent\/dv-export" is not a readable directory/);

    const empty = mkdtempSync(join(tmpdir(), 'hub-dv-empty-'));
    const rejected = adapterConfigFromEnv({ DV_SHELTER_ADAPTER: 'hmis-csv', DV_SHELTER_EXPORT_DIR: empty });
    await expect(createConfiguredAdapters(rejected)).rejects.toThrow(/DV_SHELTER_EXPORT_DIR: the HMIS CSV export was rejected: Export\.csv/);
  });

  it('guard every adapter by default, and none when switched off', async () => {
    const on = await createConfiguredAdapters(adapterConfigFromEnv({}), { population: emptyPopulation });
    expect((await on.adapters.schools.health()).detail).toMatch(/circuit closed/);
    const off = await createConfiguredAdapters(adapterConfigFromEnv({ SCHOOLS_RESILIENCE: 'off' }), { population: emptyPopulation });
    expect((await off.adapters.schools.health()).detail).not.toMatch(/circuit/);
    await Promise.all([on.close(), off.close()]);
  });
});
