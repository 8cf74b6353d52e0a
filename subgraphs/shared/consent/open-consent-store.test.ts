import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openConsentStore } from './open-consent-store.js';
import { vawaRelease } from './testing/sample-consents.js';

describe('openConsentStore', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('keeps an owner\'s consents in an embedded data directory across restarts, in its own namespace', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'consent-'));
    dirs.push(dataDir);
    const first = openConsentStore({ owner: 'dv-shelter', dataDir });
    // This store runs on the real clock: a release signed today, for 30 days.
    const today = new Date().toISOString().slice(0, 10);
    const end = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const recorded = await first.record(vawaRelease({ signedOn: today, period: { start: today, end } }));
    expect(await first.health()).toMatchObject({ ok: true, detail: expect.stringContaining('consent_dv_shelter.consents') });
    await first.close();
    const second = openConsentStore({ owner: 'dv-shelter', dataDir });
    try {
      expect(await second.get(recorded.id)).toEqual(recorded);
    } finally {
      await second.close();
    }
  }, 60_000); // two PGlite starts
});
