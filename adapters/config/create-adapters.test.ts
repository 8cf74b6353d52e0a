import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyPopulation } from '../embedded-adapters.js';
import { AdapterConfigError, adapterConfigFromEnv } from './adapter-config.js';
import { createConfiguredAdapters } from './create-adapters.js';
import { MappingFileError } from './mapping-issues.js';

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
});
