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
import { NOT_RELEASED_REASON } from './plan-ends.js';
import { formatRunReport } from './run-report.js';

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

const sourcesOf = (records: DemographicRecord[], systems: readonly string[] = Object.values(AGENCY_SYSTEMS)) =>
  systems.map((system) => arraySource(system, records.filter((r) => r.system === system)));
const keyOf = (r: { system: string; localId: string }) => `${r.system}:${r.localId}`;

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
  const release = (recipient: string, purpose: 'HOPERAT' | 'COC', localId = dvClient): NewConsent => ({
    owner: 'dv-shelter', kind: 'vawa-release', subject: { system: 'dv-shelter', localId }, subjectCapacity: 'adult',
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

  it('a revoked release ends the DV link at the next run, with the same generic reason as a deleted record, never held back by the guard', async () => {
    const { store, audit } = await seededStore();
    const releases = openConsentStore({ owner: 'dv-shelter' });
    closers.push(() => releases.close());
    const [revoked, deleted] = population.dvShelter.clients.slice(0, 2).map((c) => ({ system: 'dv-shelter', localId: c.localId }));
    const dvSeeded = population.identity.links.filter((l) => l.system === 'dv-shelter').length;
    expect((await store.activeLinksOf([revoked, deleted])).every((l) => l !== null)).toBe(true);
    const revokedRelease = await releases.record(release(LINKAGE_RECIPIENT, 'HOPERAT', revoked.localId));
    await releases.record(release(LINKAGE_RECIPIENT, 'HOPERAT', deleted.localId));
    const read = async (dropped: string[] = []) => {
      const { sources } = await configuredDemographicsSources(embedded, () => population, await dvLinkageReleases(releases));
      const records = (await Promise.all(sources.map((s) => readAllDemographics(s)))).flat();
      return sourcesOf(records.filter((r) => !dropped.includes(keyOf(r))));
    };

    // Only the two released clients take part: every other seeded DV link ends, however many.
    const first = await linkIntoStore({ sources: await read(), store, runId: 'dv-1' });
    expect(first.endRefused).toEqual([]);
    const dvEnded = first.ended.filter((e) => e.record.system === 'dv-shelter');
    expect(dvEnded).toHaveLength(dvSeeded - 2);
    expect(new Set(dvEnded.map((e) => e.reason))).toEqual(new Set([NOT_RELEASED_REASON]));
    expect((await store.activeLinksOf([revoked, deleted])).every((l) => l !== null)).toBe(true);
    const links = await store.activeLinksOf([revoked, deleted]);

    // The client revokes; the other client's record is deleted from the program's system.
    await releases.revoke(revokedRelease.id, { by: { subject: 'dv-adv-0001', name: 'Rosa Delgado' }, reason: 'client revoked in person' });
    const next = await linkIntoStore({ sources: await read([keyOf(deleted)]), store, runId: 'dv-2' });
    expect(next.endRefused).toEqual([]);
    expect(next.ended.map((e) => [e.linkId, e.reason, e.protected])).toEqual(
      links.map((l) => [l!.linkId, NOT_RELEASED_REASON, true]).sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    expect(await store.activeLinksOf([revoked, deleted])).toEqual([null, null]);
    for (const [key, link] of [[revoked, links[0]], [deleted, links[1]]] as const) {
      expect((await store.history(key)).at(-1)).toMatchObject({ status: 'ended', endReason: NOT_RELEASED_REASON });
      const entries = (await audit.disclosuresFor(key)).filter((e) => e.requestId === 'dv-2');
      // The entry says what the link already said (person, system, local id) and the generic reason: the
      // two look alike, so the audit does not tell a revoked release from a deleted record.
      expect(entries).toEqual([
        expect.objectContaining({
          personId: link!.personId, system: 'dv-shelter', localId: key.localId, labels: [], fields: ['AgencyLink.ended'],
          legalBasis: `link ${link!.linkId} ended: ${NOT_RELEASED_REASON}`,
        }),
      ]);
      expect(JSON.stringify(entries)).not.toMatch(/revok|expir|delet/i);
    }
    // The printed report counts DV ends and names no DV record.
    const text = formatRunReport(next, [], 0);
    expect(text).toContain(`dv-shelter: 2 — ${NOT_RELEASED_REASON} (records not listed)`);
    expect(text).not.toContain(revoked.localId);
    expect(text).not.toContain(deleted.localId);
  }, 180_000);
});

describe('ending the links of records gone from their source', () => {
  const RUN_ENDED = 'AgencyLink.ended';

  it('ends only the removed record\'s link, closes its pending candidate, and a dry run first writes nothing', async () => {
    const { store, audit } = await seededStore();
    const records = await syntheticRecords();
    await linkIntoStore({ sources: sourcesOf(records), store, runId: 'run-1' });
    // A record with a pending review candidate leaves its agency's system.
    const { candidates } = await store.pendingCandidates(100, null);
    const gone = candidates[0].a;
    const [goneLink] = await store.activeLinksOf([gone]);
    expect(goneLink).not.toBeNull();
    const activeBefore = (await store.allActiveLinks()).map((l) => l.linkId).sort();
    const remaining = records.filter((r) => keyOf(r) !== keyOf(gone));

    const dry = await linkIntoStore({ sources: sourcesOf(remaining), store, dryRun: true, runId: 'dry' });
    expect(dry.ended.map((e) => [e.linkId, e.reason])).toEqual([[goneLink!.linkId, `record no longer in ${gone.system}`]]);
    expect(dry.closedCandidates).toBe(0);
    expect((await store.allActiveLinks()).map((l) => l.linkId).sort()).toEqual(activeBefore);
    expect((await store.candidate(candidates[0].candidateId))?.status).toBe('pending');
    expect((await audit.disclosuresFor(gone)).some((e) => e.fields[0] === RUN_ENDED)).toBe(false);
    expect(formatRunReport(dry, [], 0)).toContain('would be ended (record gone from a source read in full): 1');

    const run = await linkIntoStore({ sources: sourcesOf(remaining), store, runId: 'run-2' });
    expect(run.ended.map((e) => e.linkId)).toEqual([goneLink!.linkId]);
    expect(run.endRefused).toEqual([]);
    expect(run.closedCandidates).toBeGreaterThanOrEqual(1);
    expect({ newLinks: run.newLinks, moved: run.moved.length }).toEqual({ newLinks: 0, moved: 0 });
    const activeAfter = (await store.allActiveLinks()).map((l) => l.linkId).sort();
    expect(activeAfter).toEqual(activeBefore.filter((id) => id !== goneLink!.linkId));
    expect((await store.history(gone)).at(-1)).toMatchObject({ status: 'ended', endReason: `record no longer in ${gone.system}`, endedBy: 'linkage-run' });
    expect((await store.candidate(candidates[0].candidateId))?.status).toBe('closed');
    expect((await store.pendingCandidates(100, null)).candidates.some((c) => [keyOf(c.a), keyOf(c.b)].includes(keyOf(gone)))).toBe(false);
    const entries = (await audit.disclosuresFor(gone)).filter((e) => e.requestId === 'run-2').map((e) => e.fields[0]);
    expect(entries).toContain(RUN_ENDED);
    expect(entries).toContain('LinkReviewCandidate.closed');
    const report = formatRunReport(run, [], 0);
    expect(report).toContain(`  ${gone.system} ${gone.localId}: was ${goneLink!.personId} — record no longer in ${gone.system}`);

    // Nothing more to end on the next run.
    expect((await linkIntoStore({ sources: sourcesOf(remaining), store, runId: 'run-3' })).ended).toEqual([]);
  }, 180_000);

  it('leaves a skipped system\'s links as they are; the guard refuses an empty or much smaller source, and --allow-mass-end overrides', async () => {
    const { store } = await seededStore();
    const records = await syntheticRecords();
    const schools = AGENCY_SYSTEMS.schools;
    const schoolLinks = async () => (await store.allActiveLinks()).filter((l) => l.system === schools).map((l) => l.linkId).sort();
    await linkIntoStore({ sources: sourcesOf(records), store, runId: 'run-1' });
    const before = await schoolLinks();
    expect(before.length).toBeGreaterThan(10);

    // Schools not read at all (a skipped agency): not one of its links ends, nothing is refused.
    const skipped = await linkIntoStore({ sources: sourcesOf(records, Object.values(AGENCY_SYSTEMS).filter((s) => s !== schools)), store, runId: 'skip' });
    expect(skipped.ended.filter((e) => e.record.system === schools)).toEqual([]);
    expect(skipped.endRefused).toEqual([]);
    expect(await schoolLinks()).toEqual(before);

    // Read, but empty (a misconfigured source): refused.
    const empty = await linkIntoStore({ sources: sourcesOf(records.filter((r) => r.system !== schools)), store, runId: 'empty' });
    expect(empty.endRefused).toEqual([{ system: schools, activeLinks: before.length, wouldEnd: before.length, why: 'empty' }]);
    expect(await schoolLinks()).toEqual(before);
    expect(formatRunReport(empty, [], 0)).toContain(`NOT ENDED: ${schools}: its source yielded no records`);

    // Half the schools records gone: more than 20% of its links, refused; the override ends them.
    const schoolRecords = records.filter((r) => r.system === schools);
    const halved = records.filter((r) => r.system !== schools || schoolRecords.indexOf(r) % 2 === 0);
    const wouldEnd = before.length - halved.filter((r) => r.system === schools).length;
    const refused = await linkIntoStore({ sources: sourcesOf(halved), store, runId: 'halved' });
    expect(refused.endRefused).toEqual([{ system: schools, activeLinks: before.length, wouldEnd, why: 'share' }]);
    expect(refused.ended.filter((e) => e.record.system === schools)).toEqual([]);
    expect(await schoolLinks()).toEqual(before);
    expect(formatRunReport(refused, [], 0)).toMatch(/NOT ENDED: schools: \d+ of its \d+ active links \(\d+%\) would end, more than 20%.*--allow-mass-end/);

    const forced = await linkIntoStore({ sources: sourcesOf(halved), store, runId: 'forced', allowMassEnd: true });
    expect(forced.endRefused).toEqual([]);
    expect(forced.ended.filter((e) => e.record.system === schools)).toHaveLength(wouldEnd);
    expect(await schoolLinks()).toHaveLength(before.length - wouldEnd);
  }, 240_000);
});

