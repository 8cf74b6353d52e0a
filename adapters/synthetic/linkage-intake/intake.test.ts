import { describe, expect, it } from 'vitest';
import { generateIntakeRecords } from './intake.js';
import { NAME_ORIGINS } from '../names.js';
import { linkPlaintext } from '../../../subgraphs/identity/linkage/engine.js';
import { linkPrivacyPreserving } from '../../../subgraphs/identity/linkage/pprl/engine.js';
import { evaluate, truthFromLinks } from '../../../subgraphs/identity/linkage/evaluate.js';

const data = generateIntakeRecords({ size: 3000, seed: 11 });
const personOf = new Map(data.links.map((l) => [`${l.system}/${l.localId}`, l.personId]));
const recordsOf = (personId: string) => data.records.filter((r) => personOf.get(`${r.system}/${r.localId}`) === personId);

describe('linkage intake data', () => {
  it('is deterministic and has about 1.7 records per person across the four agencies', () => {
    expect(generateIntakeRecords({ size: 3000, seed: 11 })).toEqual(data);
    const perPerson = data.records.length / data.people.length;
    expect(perPerson).toBeGreaterThan(1.55);
    expect(perPerson).toBeLessThan(1.85);
    expect(new Set(data.records.map((r) => r.system)).size).toBe(4);
    expect(data.links).toHaveLength(data.records.length);
  });

  it('holds within-agency duplicates, surname changes, missing SSNs and day-month swaps', () => {
    const seen = new Map<string, number>();
    for (const l of data.links) seen.set(`${l.system}/${l.personId}`, (seen.get(`${l.system}/${l.personId}`) ?? 0) + 1);
    expect([...seen.values()].filter((c) => c > 1).length).toBeGreaterThan(50);
    const people = new Map(data.people.map((p) => [p.personId, p]));
    let surnameChanged = 0;
    let swapped = 0;
    for (const r of data.records) {
      const p = people.get(personOf.get(`${r.system}/${r.localId}`)!)!;
      if (r.lastName && !r.lastName.includes(p.lastName.split(/[-\s]/)[0]) && !r.lastName.includes(p.firstName)) surnameChanged++;
      if (r.birthDate && r.birthDate === `${p.birthDate.slice(0, 4)}-${p.birthDate.slice(8)}-${p.birthDate.slice(5, 7)}` && r.birthDate !== p.birthDate) swapped++;
    }
    expect(surnameChanged).toBeGreaterThan(30);
    expect(swapped).toBeGreaterThan(10);
    expect(data.records.filter((r) => !r.ssn).length / data.records.length).toBeGreaterThan(0.3);
  });

  it('gives names the heads published shares have: a few common given names, Nguyễn for a third of Vietnamese families', () => {
    const shareOfCommonest = (values: string[]) => {
      const counts = new Map<string, number>();
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
      return Math.max(...counts.values()) / values.length;
    };
    for (const sex of ['FEMALE', 'MALE'] as const) {
      // Census 1990: Mary 2.6% of women, James 3.3% of men; a uniform pool would give ≈ 0.6%.
      const share = shareOfCommonest(data.people.filter((p) => p.sex === sex).map((p) => p.firstName));
      expect(share).toBeGreaterThan(0.015);
      expect(share).toBeLessThan(0.06);
    }
    const vietnamese = new Set(NAME_ORIGINS.find((o) => o.id === 'vietnamese')!.surnames);
    const families = data.people.filter((p) => vietnamese.has(p.lastName));
    const nguyen = families.filter((p) => p.lastName === 'Nguyễn').length / families.length;
    expect(nguyen).toBeGreaterThan(0.25);
    expect(nguyen).toBeLessThan(0.5);
  });

  it('keeps twins with distinct given names and Jr/Sr pairs', () => {
    const byHome = new Map<string, typeof data.people>();
    for (const p of data.people) byHome.set(p.householdId, [...(byHome.get(p.householdId) ?? []), p]);
    let twins = 0;
    for (const home of byHome.values()) {
      const kids = home.filter((p) => p.role === 'CHILD');
      for (let i = 0; i < kids.length; i++) for (let j = i + 1; j < kids.length; j++) {
        if (kids[i].birthDate === kids[j].birthDate) {
          twins++;
          expect(kids[i].firstName).not.toBe(kids[j].firstName);
        }
      }
    }
    expect(twins).toBeGreaterThan(0);
    expect(data.people.some((p) => p.suffix === 'Sr')).toBe(true);
    expect(recordsOf(data.people[0].personId).length).toBeGreaterThan(0);
  });

  it('is linked with high precision and recall in plaintext, and privacy-preserving mode stays close', () => {
    const truth = truthFromLinks(data.links);
    const plain = evaluate(linkPlaintext(data.records), truth);
    expect(plain.precision).toBeGreaterThan(0.995);
    expect(plain.recall).toBeGreaterThan(0.96);
    // Synthetic data only; real deployments take the secret from configuration.
    const pprl = evaluate(linkPrivacyPreserving(data.records, { secret: 'test-only-linkage-secret-0002' }), truth);
    expect(pprl.precision).toBeGreaterThan(0.995);
    expect(pprl.f1).toBeGreaterThan(plain.f1 - 0.01);
  });
});
