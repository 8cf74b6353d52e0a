/**
 * The demo's showcase child signed a VAWA release naming the county collaborative for linkage
 * (adapters/synthetic/demo-consents.ts), so a linkage run on the demo keeps her DV link, and every
 * other DV client's link ends: nobody else released a record for linkage.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AGENCY_SYSTEMS } from '../../../../adapters/port/agency-systems.js';
import { demoConsents } from '../../../../adapters/synthetic/demo-consents.js';
import { generatePopulation } from '../../../../adapters/synthetic/generate.js';
import { findShowcase } from '../../../../adapters/synthetic/showcase.js';
import { createSyntheticDemographicsSources } from '../../../../adapters/synthetic/demographics.js';
import { createPgliteClient } from '../../../shared/sql/pglite-client.js';
import { createSqlAuditStore } from '../../../shared/audit/sql-audit-store.js';
import { openConsentStore } from '../../../shared/consent/open-consent-store.js';
import { seedLinksIfEmpty } from '../../link-store/seed-links.js';
import { createSqlLinkStore } from '../../link-store/sql-link-store.js';
import { dvLinkageReleases } from './dv-linkage-releases.js';
import { linkIntoStore } from './link-into-store.js';

const population = generatePopulation();
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

describe('the demo and linkage releases', () => {
  it('a run on the demo keeps the showcase child\'s DV link and ends the unreleased ones', async () => {
    const releases = openConsentStore({ owner: AGENCY_SYSTEMS.dvShelter });
    closers.push(() => releases.close());
    for (const c of demoConsents(population).filter((c) => c.owner === AGENCY_SYSTEMS.dvShelter)) await releases.record(c);
    const released = await dvLinkageReleases(releases);
    const { personId } = findShowcase(population);
    const showcaseDv = population.identity.links.find((l) => l.personId === personId && l.system === AGENCY_SYSTEMS.dvShelter)!;
    expect([...released]).toEqual([showcaseDv.localId]);

    const auditClient = createPgliteClient();
    const audit = createSqlAuditStore({ client: auditClient, chain: 'identity' });
    const store = createSqlLinkStore({ client: createPgliteClient(), audit });
    closers.push(async () => { await store.close(); await auditClient.close(); });
    await seedLinksIfEmpty(store, population.identity.links, 'demo');
    await linkIntoStore({ sources: createSyntheticDemographicsSources(population, { releasedDvLocalIds: released }), store });

    const dvActive = (await store.allActiveLinks()).filter((l) => l.system === AGENCY_SYSTEMS.dvShelter);
    expect(dvActive.map((l) => l.localId)).toEqual([showcaseDv.localId]);
    expect(population.dvShelter.clients.length).toBeGreaterThan(1);
  });
});
