import { afterEach, describe, expect, it } from 'vitest';
import { AGENCY_SYSTEMS } from '../../../../adapters/port/agency-systems.js';
import { readAllDemographics, type DemographicRecord } from '../../../../adapters/port/demographics.js';
import { arraySource, createSyntheticDemographicsSources } from '../../../../adapters/synthetic/demographics.js';
import { DEMO_RELEASE_RECIPIENT } from '../../../../adapters/synthetic/demo-consents.js';
import { generatePopulation } from '../../../../adapters/synthetic/generate.js';
import { createPgliteClient } from '../../../shared/sql/pglite-client.js';
import { createSqlAuditStore } from '../../../shared/audit/sql-audit-store.js';
import { openConsentStore } from '../../../shared/consent/open-consent-store.js';
import type { NewConsent } from '../../../shared/consent/types.js';
import { seedLinksIfEmpty } from '../../link-store/seed-links.js';
import { createSqlLinkStore } from '../../link-store/sql-link-store.js';
import { configuredDemographicsSources } from './configured-sources.js';
import { dvLinkageReleases, LINKAGE_RECIPIENT } from './dv-linkage-releases.js';
import { linkIntoStore } from './link-into-store.js';

const population = generatePopulation({ size: 400, seed: 11 });
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

async function seededStore() {
  const auditClient = createPgliteClient();
  const audit = createSqlAuditStore({ client: auditClient, chain: 'identity' });
  const store = createSqlLinkStore({ client: createPgliteClient(), audit });
  closers.push(async () => { await store.close(); await auditClient.close(); });
  await seedLinksIfEmpty(store, population.identity.links, '11/400');
  return { store, audit };
}

async function syntheticRecords(): Promise<DemographicRecord[]> {
  const sources = createSyntheticDemographicsSources(population);
  return (await Promise.all(sources.map((s) => readAllDemographics(s)))).flat();
}

const sourcesOf = (records: DemographicRecord[]) =>
  Object.values(AGENCY_SYSTEMS).map((system) => arraySource(system, records.filter((r) => r.system === system)));

describe('linkage run into the link store', () => {
  it('is idempotent, re-links a record whose demographics changed, and a dry run writes nothing', async () => {
    const { store, audit } = await seededStore();
    const records = await syntheticRecords();
    const first = await linkIntoStore({ sources: sourcesOf(records), store, runId: 'run-1' });
    expect(first.unchanged).toBeGreaterThan(0);
    expect(first.queued).toBe(first.reviewPairs);

    const again = await linkIntoStore({ sources: sourcesOf(records), store, runId: 'run-2' });
    expect({ newLinks: again.newLinks, moved: again.moved.length, queued: again.queued, newPersons: again.newPersons })
      .toEqual({ newLinks: 0, moved: 0, queued: 0, newPersons: 0 });
    expect(again.unchanged).toBe(first.unchanged + first.newLinks + first.moved.length);

    // A school re-keys a student with another child's identifying fields (a data-entry correction):
    // the next run moves the school record to that child's person.
    const personOf = new Map(population.identity.links.map((l) => [`${l.system}:${l.localId}`, l.personId]));
    const systemsOf = (personId: string) => population.identity.links.filter((l) => l.personId === personId).map((l) => l.system);
    const target = records.find((r) => r.system === AGENCY_SYSTEMS.childWelfare && r.birthDate && r.ssn &&
      !systemsOf(personOf.get(`${r.system}:${r.localId}`)!).includes(AGENCY_SYSTEMS.schools))!;
    const student = records.find((r) => r.system === AGENCY_SYSTEMS.schools)!;
    const targetPerson = (await store.activeLinksOf([target]))[0]!.personId;
    const before = (await store.activeLinksOf([student]))[0]!.personId;
    const changed = records.map((r) => (r === student ? { ...target, system: student.system, localId: student.localId } : r));

    const dry = await linkIntoStore({ sources: sourcesOf(changed), store, dryRun: true, runId: 'dry' });
    expect(dry.moved).toContainEqual({ record: { system: student.system, localId: student.localId }, from: before, to: targetPerson });
    expect((await store.activeLinksOf([student]))[0]!.personId).toBe(before);

    const relink = await linkIntoStore({ sources: sourcesOf(changed), store, runId: 'run-3' });
    expect(relink.moved).toContainEqual({ record: { system: student.system, localId: student.localId }, from: before, to: targetPerson });
    expect((await store.activeLinksOf([student]))[0]).toMatchObject({ personId: targetPerson, method: 'PROBABILISTIC', band: 'MATCH' });
    const history = await store.history(student);
    expect(history.map((h) => h.status)).toEqual(['superseded', 'active']);
    const entries = await audit.disclosuresFor({ system: student.system, localId: student.localId });
    expect(entries.filter((e) => e.requestId === 'run-3').map((e) => e.fields[0]).sort()).toEqual(['AgencyLink.created', 'AgencyLink.superseded']);

    const settled = await linkIntoStore({ sources: sourcesOf(changed), store, runId: 'run-4' });
    expect(settled.newLinks + settled.moved.length + settled.queued).toBe(0);
  }, 120_000);

  it('keeps a rejected pair apart and leaves a confirmed link alone on later runs', async () => {
    const { store } = await seededStore();
    const records = await syntheticRecords();
    await linkIntoStore({ sources: sourcesOf(records), store, runId: 'run-1' });
    const { candidates } = await store.pendingCandidates(100, null);
    expect(candidates.length).toBeGreaterThan(1);
    const actor = { subject: 'int-0001', name: 'Dana Kowalski', organization: 'county-collaborative', roles: ['integration-specialist'], requestId: 'r' };
    const [toAccept, toReject] = candidates;
    await store.decide(toAccept.candidateId, 'accepted', actor, 'same person');
    await store.decide(toReject.candidateId, 'rejected', actor, 'different people');
    const accepted = await store.activeLinksOf([toAccept.a, toAccept.b]);
    const next = await linkIntoStore({ sources: sourcesOf(records), store, runId: 'run-2' });
    expect(next.pinned).toBeGreaterThanOrEqual(1);
    expect(await store.activeLinksOf([toAccept.a, toAccept.b])).toEqual(accepted);
    const [ra, rb] = await store.activeLinksOf([toReject.a, toReject.b]);
    expect(ra?.personId).not.toBe(rb?.personId);
    // A pair already answered is never asked again.
    expect(next.queued).toBe(0);
  }, 120_000);
});

describe('DV records and the linkage release (VAWA, 34 U.S.C. 12291(b)(2))', () => {
  const dvClient = population.dvShelter.clients[0].localId;
  const release = (recipient: string, purpose: 'HOPERAT' | 'COC'): NewConsent => ({
    owner: 'dv-shelter', kind: 'vawa-release', subject: { system: 'dv-shelter', localId: dvClient }, subjectCapacity: 'adult',
    grantors: [{ name: 'Synthetic Client', relationship: 'self' }],
    actors: [{ kind: 'organization', reference: recipient, display: recipient }],
    purposes: [purpose], dataClasses: ['SDV'],
    period: { start: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10), end: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) },
    signedOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
    writtenDocument: { reference: 'DocumentReference/test-release', contentType: 'application/pdf' },
    rightToRevokeAcknowledged: true, recordedBy: { subject: 'dv-adv-0001', name: 'Rosa Delgado' },
  });
  const embedded = Object.fromEntries(['identity', 'childWelfare', 'behavioralHealth', 'dvShelter', 'schools'].map((d) => [d, { kind: 'embedded' }])) as never;
  const dvRecordsRead = async (released: Set<string>) => {
    const { sources } = await configuredDemographicsSources(embedded, () => population, released);
    return (await Promise.all(sources.map((s) => readAllDemographics(s)))).flat().filter((r) => r.system === 'dv-shelter');
  };

  it('a release naming someone else, or for another purpose, lets no DV record reach the linker', async () => {
    const releases = openConsentStore({ owner: 'dv-shelter' });
    closers.push(() => releases.close());
    await releases.record(release(DEMO_RELEASE_RECIPIENT, 'COC'));
    await releases.record(release(LINKAGE_RECIPIENT, 'COC'));
    const released = await dvLinkageReleases(releases);
    expect(released.size).toBe(0);
    expect(await dvRecordsRead(released)).toEqual([]);
  });

  it('a release naming the collaborative for linkage lets exactly that client in', async () => {
    const releases = openConsentStore({ owner: 'dv-shelter' });
    closers.push(() => releases.close());
    await releases.record(release(LINKAGE_RECIPIENT, 'HOPERAT'));
    const released = await dvLinkageReleases(releases);
    expect([...released]).toEqual([dvClient]);
    expect((await dvRecordsRead(released)).map((r) => r.localId)).toEqual([dvClient]);
  });
});
