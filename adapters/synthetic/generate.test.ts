import { describe, it, expect } from 'vitest';
import { DEFAULT_GENERATOR_OPTIONS, generatePopulation } from './generate.js';
import { findShowcase } from './showcase.js';
import { summarize } from './summary.js';
import { AGENCY_SYSTEMS, type SyntheticPopulation, type TruePerson } from './population.js';
import { areNicknameVariants } from './nicknames.js';
import { swapDayMonth } from './corrupt.js';
import { foldToAscii, hasNonAscii } from './ascii-fold.js';
import { ageOn, formatDay, parseDay } from './dates.js';
import { schoolCalendar } from './school-calendar.js';
import { localIdProblem } from '../port/local-id.js';

const population = generatePopulation();
const summary = summarize(population);
const ref = DEFAULT_GENERATOR_OPTIONS.referenceDate;
const calendar = schoolCalendar(parseDay(ref));

/** Every agency's person records as [system, localId, record] with the linked true person. */
function agencyRecords(p: SyntheticPopulation) {
  return [
    ...p.childWelfare.children.map((r) => [AGENCY_SYSTEMS.childWelfare, r.localId, r] as const),
    ...p.behavioralHealth.patients.map((r) => [AGENCY_SYSTEMS.behavioralHealth, r.localId, r] as const),
    ...p.dvShelter.clients.map((r) => [AGENCY_SYSTEMS.dvShelter, r.localId, r] as const),
    ...p.schools.students.map((r) => [AGENCY_SYSTEMS.schools, r.localId, r] as const),
  ];
}

/** Pairs of (truth, agency copy) with normalised field names. */
function copies(p: SyntheticPopulation) {
  const people = new Map(p.people.map((x) => [x.personId, x]));
  const personOf = new Map(p.identity.links.map((l) => [`${l.system}|${l.localId}`, l.personId]));
  return agencyRecords(p).map(([system, localId, r]) => {
    const truth = people.get(personOf.get(`${system}|${localId}`)!)!;
    const first = 'givenName' in r ? r.givenName : r.firstName;
    const last = 'familyName' in r ? r.familyName : 'lastSurname' in r ? r.lastSurname : r.lastName;
    return { system, truth, first: first ?? '', last: last ?? '', birthDate: r.birthDate, record: r };
  });
}

const rate = (part: number, whole: number) => part / whole;

describe('generatePopulation: determinism and size', () => {
  it('gives deep-equal output for the same options', () => {
    expect(generatePopulation({ size: 3000 })).toEqual(population);
  });

  it('gives different output for a different seed', () => {
    const other = generatePopulation({ seed: 7 });
    expect(other.people.map((p) => p.firstName)).not.toEqual(population.people.map((p) => p.firstName));
  });

  it('generates exactly `size` people, with hub ids P-000001… and households H-…', () => {
    expect(population.people).toHaveLength(3000);
    expect(population.people[0].personId).toBe('P-000001');
    expect(population.people[2999].personId).toBe('P-003000');
    expect(population.households.every((h) => /^H-\d{6}$/.test(h.householdId))).toBe(true);
    for (const size of [0, 1, 2, 7, 40]) expect(generatePopulation({ size }).people).toHaveLength(size);
  });

  it('puts people in households of 1–2 parents and 1–4 children, plus adults without children', () => {
    const families = population.households.filter((h) => h.childIds.length > 0);
    expect(families.every((h) => h.parentIds.length >= 1 && h.parentIds.length <= 2 && h.childIds.length <= 4)).toBe(true);
    expect(population.households.some((h) => h.childIds.length === 0)).toBe(true);
  });

  it('keeps every date on or before the reference date', () => {
    const dates = JSON.stringify(population).match(/\d{4}-\d{2}-\d{2}/g)!;
    // The only future dates allowed are IEP end dates (a year after the IEP began).
    const iepEnds = new Set(population.schools.specialEducation.map((p) => p.iepEndDate));
    expect(dates.filter((d) => d > ref && !iepEnds.has(d))).toEqual([]);
  });

  it('shares no object between records, so mutating one record never changes another', () => {
    const seen = new Set<object>();
    const shared: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (value === null || typeof value !== 'object') return;
      if (seen.has(value)) shared.push(path);
      seen.add(value);
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(population, '$');
    expect(shared.slice(0, 5)).toEqual([]);
  });

  it('builds a 100,000-person population', () => {
    const big = generatePopulation({ size: 100_000 });
    expect(big.people).toHaveLength(100_000);
    expect(big.people[99_999].personId).toBe('P-100000');
    const s = summarize(big);
    expect(rate(s.overlap.childWelfareChildren, s.children)).toBeGreaterThan(0.08);
    expect(() => findShowcase(big)).not.toThrow();
  });
});

describe('overlap rates at size 3000', () => {
  const o = summary.overlap;
  it('has child welfare involvement for 8–12% of children', () => {
    expect(rate(o.childWelfareChildren, summary.children)).toBeGreaterThanOrEqual(0.08);
    expect(rate(o.childWelfareChildren, summary.children)).toBeLessThanOrEqual(0.12);
  });
  it('has most child welfare children (85–95%) at a school', () => {
    expect(rate(o.childWelfareChildrenAtSchool, o.childWelfareChildren)).toBeGreaterThanOrEqual(0.85);
    expect(rate(o.childWelfareChildrenAtSchool, o.childWelfareChildren)).toBeLessThanOrEqual(0.95);
  });
  it('has 30–40% of child welfare children in behavioral health', () => {
    expect(rate(o.childWelfareChildrenInBehavioralHealth, o.childWelfareChildren)).toBeGreaterThanOrEqual(0.3);
    expect(rate(o.childWelfareChildrenInBehavioralHealth, o.childWelfareChildren)).toBeLessThanOrEqual(0.4);
  });
  it('has about 5% of children with a parent in the DV shelter', () => {
    expect(rate(o.childrenWithParentInDvShelter, summary.children)).toBeGreaterThanOrEqual(0.04);
    expect(rate(o.childrenWithParentInDvShelter, summary.children)).toBeLessThanOrEqual(0.065);
  });
  it('has most school-age children at a school', () => {
    expect(rate(o.schoolAgeChildrenAtSchool, o.schoolAgeChildren)).toBeGreaterThanOrEqual(0.93);
  });
  it('has parents in behavioral health, some with substance-use conditions', () => {
    expect(o.parentsInBehavioralHealth).toBeGreaterThan(50);
    const bh = population.behavioralHealth;
    const substance = bh.conditions.filter((c) => c.substanceUse);
    expect(substance.map((c) => c.code.code)).toEqual(expect.arrayContaining(['F10.20', 'F11.20']));
    expect(substance.every((c) => /^F1\d\./.test(c.code.code))).toBe(true);
    expect(bh.conditions.filter((c) => !c.substanceUse).map((c) => c.code.code)).toEqual(
      expect.arrayContaining(['F32.1', 'F41.1', 'F43.10', 'F90.2']),
    );
  });
  it('has DV clients who are mostly adults', () => {
    const dvPeople = new Set(population.identity.links.filter((l) => l.system === AGENCY_SYSTEMS.dvShelter).map((l) => l.personId));
    const adults = population.people.filter((p) => dvPeople.has(p.personId) && p.role === 'PARENT').length;
    expect(adults / dvPeople.size).toBeGreaterThan(0.5);
  });
});

describe('agency slices and identity links', () => {
  it('contain no hub person or household ids', () => {
    const { childWelfare, behavioralHealth, dvShelter, schools } = population;
    const text = JSON.stringify({ childWelfare, behavioralHealth, dvShelter, schools });
    expect(text).not.toMatch(/P-\d{6}/);
    expect(text).not.toMatch(/H-\d{6}/);
  });

  it('link every local record exactly once, and every link points to a local record', () => {
    const records = new Set(agencyRecords(population).map(([s, id]) => `${s}|${id}`));
    const linked = population.identity.links.map((l) => `${l.system}|${l.localId}`);
    expect(new Set(linked).size).toBe(linked.length);
    expect(new Set(linked)).toEqual(records);
    const personIds = new Set(population.people.map((p) => p.personId));
    for (const link of population.identity.links) {
      expect(personIds.has(link.personId)).toBe(true);
      expect(link).toMatchObject({ method: 'SEEDED', score: 1 });
      expect(link.linkedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(link.linkedAt < ref).toBe(true);
    }
  });

  it('includes about 1% within-agency duplicates, both linked', () => {
    expect(summary.duplicateRecords / summary.links).toBeGreaterThan(0.003);
    expect(summary.duplicateRecords / summary.links).toBeLessThan(0.03);
  });

  it('uses local ids that look like each system’s own and pass the port’s id rule', () => {
    const { childWelfare: cw, behavioralHealth: bh, dvShelter: dv, schools } = population;
    expect(cw.children.every((c) => /^CW-\d+$/.test(c.localId))).toBe(true);
    expect(cw.caseworkers.every((w) => /^CW-W-\d{4}$/.test(w.caseworkerId))).toBe(true);
    expect(bh.patients.every((p) => /^pat-[0-9a-f]{8}$/.test(p.localId))).toBe(true);
    expect(dv.clients.every((c) => /^([0-9a-f]{32}|DV\d+)$/.test(c.localId))).toBe(true);
    expect(dv.clients.some((c) => c.localId.startsWith('DV'))).toBe(true);
    expect(schools.students.every((s) => /^\d{9}$/.test(s.localId))).toBe(true);
    const ids = [
      ...agencyRecords(population).map(([, id]) => id),
      ...cw.cases.flatMap((c) => [c.caseId, c.caseworkerId, ...c.removals.map((r) => r.removalId), ...c.placements.map((p) => p.placementId)]),
      ...bh.episodes.flatMap((e) => [e.id, e.managingOrganization.id, e.careManager?.id ?? 'none']),
      ...bh.conditions.map((c) => c.id),
      ...bh.carePlans.map((c) => c.id),
      ...dv.enrollments.flatMap((e) => [e.enrollmentId, e.householdId, e.exit?.exitId ?? 'none']),
      ...schools.enrollments.map((e) => e.school.schoolId),
    ];
    expect(ids.filter((id) => localIdProblem(id) !== null)).toEqual([]);
  });

  it('stamps every agency record with provenance from its own system, before the reference date', () => {
    const { childWelfare: cw, behavioralHealth: bh, dvShelter: dv, schools } = population;
    const groups: Array<[string, Array<{ provenance: { sourceSystem: string; lastUpdated: string } }>]> = [
      [AGENCY_SYSTEMS.childWelfare, [...cw.children, ...cw.cases, ...cw.caseworkers]],
      [AGENCY_SYSTEMS.behavioralHealth, [...bh.patients, ...bh.episodes, ...bh.conditions, ...bh.carePlans]],
      [AGENCY_SYSTEMS.dvShelter, [...dv.clients, ...dv.enrollments]],
      [AGENCY_SYSTEMS.schools, [...schools.students, ...schools.enrollments, ...schools.specialEducation]],
    ];
    for (const [system, records] of groups) {
      for (const r of records) {
        expect(r.provenance.sourceSystem).toBe(system);
        expect(r.provenance.lastUpdated < ref).toBe(true);
      }
    }
  });
});

describe('names and how agency copies differ', () => {
  const pairs = copies(population);
  it('uses real Unicode names: accents, ñ, Vietnamese diacritics, apostrophes', () => {
    const names = population.people.flatMap((p) => [p.firstName, p.lastName]);
    expect(names.some((n) => /[áéíóú]/.test(n))).toBe(true);
    expect(names.some((n) => n.includes('ñ'))).toBe(true);
    expect(names.some((n) => /[ễệạảấầẫậắặọốồổộớờợụủứừữựỳỹđĐ]/.test(n))).toBe(true);
    expect(names.some((n) => n.includes("'"))).toBe(true);
    expect(pairs.some((x) => hasNonAscii(x.last) || hasNonAscii(x.first))).toBe(true);
  });

  it('loses accents in some agency copies (José → Jose)', () => {
    const folded = pairs.filter((x) => hasNonAscii(x.truth.lastName) && x.last === foldToAscii(x.truth.lastName));
    expect(folded.length).toBeGreaterThan(10);
  });

  it('records nicknames, transposed and shifted birth dates, cut compound surnames', () => {
    const nick = pairs.filter((x) => areNicknameVariants(x.truth.firstName, x.first));
    const swapped = pairs.filter((x) => x.birthDate !== null && x.birthDate === swapDayMonth(x.truth.birthDate));
    const shifted = pairs.filter((x) => x.birthDate !== null && Math.abs(parseDay(x.birthDate) - parseDay(x.truth.birthDate)) === 1);
    const cut = pairs.filter((x) => {
      const [head, tail] = x.truth.lastName.split('-');
      return tail !== undefined && (x.last === head || x.last === foldToAscii(head));
    });
    expect(nick.length).toBeGreaterThan(10);
    expect(swapped.length).toBeGreaterThan(3);
    expect(shifted.length).toBeGreaterThan(3);
    expect(cut.length).toBeGreaterThan(3);
    expect(pairs.filter((x) => x.first !== x.truth.firstName).length / pairs.length).toBeLessThan(0.5);
  });

  it('uses HMIS data quality codes: null birth dates with 8/9/99, partial names with 2', () => {
    const clients = population.dvShelter.clients;
    expect(clients.filter((c) => c.birthDate === null).every((c) => [8, 9, 99].includes(c.dobDataQuality))).toBe(true);
    expect(clients.some((c) => c.birthDate === null)).toBe(true);
    expect(clients.some((c) => c.nameDataQuality === 2 && (c.lastName === null || c.lastName.length === 1 || c.firstName?.length === 1))).toBe(true);
    expect(clients.filter((c) => c.firstName === null).every((c) => c.nameDataQuality === 9)).toBe(true);
  });

  it('has twins and Jr/Sr father–son pairs', () => {
    const byId = new Map(population.people.map((p) => [p.personId, p]));
    const twins = population.households.filter((h) => {
      const kids = h.childIds.map((id) => byId.get(id)!);
      return kids.some((a, i) => kids.some((b, j) => i < j && a.birthDate === b.birthDate && a.lastName === b.lastName && a.firstName !== b.firstName));
    });
    const juniors = population.households.filter((h) => {
      const sr = h.parentIds.map((id) => byId.get(id)!).find((p) => p.suffix === 'Sr');
      return sr && h.childIds.some((id) => { const c = byId.get(id)!; return c.suffix === 'Jr' && c.firstName === sr.firstName && c.lastName === sr.lastName; });
    });
    expect(twins.length).toBeGreaterThan(0);
    expect(juniors.length).toBeGreaterThan(0);
  });
});

describe('child welfare', () => {
  const { cases, caseworkers } = population.childWelfare;
  it('gives open cases with a current removal placement responsibility and one current placement', () => {
    const inCare = cases.filter((c) => c.status === 'OPEN' && c.removals.some((r) => r.dischargeDate === null));
    expect(inCare.length / cases.filter((c) => c.status === 'OPEN').length).toBeGreaterThan(0.6);
    for (const c of inCare) {
      expect(c.agencyHasPlacementResponsibility).toBe(true);
      expect(c.placements.filter((p) => p.endDate === null)).toHaveLength(1);
      expect(c.placements[c.placements.length - 1].endDate).toBeNull();
    }
    expect(cases.filter((c) => c.status === 'CLOSED').every((c) => !c.agencyHasPlacementResponsibility && c.closedOn !== null)).toBe(true);
    expect(cases.some((c) => c.status === 'CLOSED')).toBe(true);
  });

  it('names courts and providers, never addresses', () => {
    for (const c of cases) {
      expect(c.court.name).toBe(`Superior Court of ${c.court.county} County, Juvenile Division`);
      for (const p of c.placements) expect(p.providerName).not.toMatch(/\d/);
    }
    expect(cases.flatMap((c) => c.placements).some((p) => / Family Foster Home$/.test(p.providerName))).toBe(true);
  });

  it('spreads caseloads around 15–25 open cases, with varying sizes', () => {
    const load = new Map<string, number>();
    for (const c of cases) if (c.status === 'OPEN') load.set(c.caseworkerId, (load.get(c.caseworkerId) ?? 0) + 1);
    const sizes = [...load.values()].sort((a, b) => a - b);
    expect(sizes[sizes.length - 1]).toBeGreaterThan(sizes[0]);
    expect(sizes.filter((s) => s >= 12 && s <= 26).length).toBeGreaterThanOrEqual(sizes.length / 2);
    const ids = new Set(caseworkers.map((w) => w.caseworkerId));
    expect(cases.every((c) => ids.has(c.caseworkerId))).toBe(true);
  });
});

describe('behavioral health, DV shelter, schools', () => {
  it('has about half the episodes active and crisis plans for ~30% of active patients', () => {
    const { episodes, carePlans } = population.behavioralHealth;
    const active = new Set(episodes.filter((e) => e.status === 'active').map((e) => e.patientId));
    expect(rate(episodes.filter((e) => e.status === 'active').length, episodes.length)).toBeGreaterThan(0.4);
    expect(rate(episodes.filter((e) => e.status === 'active').length, episodes.length)).toBeLessThan(0.6);
    const crisis = new Set(carePlans.filter((p) => p.kind === 'CRISIS').map((p) => p.patientId));
    const share = rate([...active].filter((p) => crisis.has(p)).length, active.size);
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.4);
  });

  it('has exactly one head of household per HMIS HouseholdID, and exits only for past stays', () => {
    const heads = new Map<string, number>();
    for (const e of population.dvShelter.enrollments) {
      heads.set(e.householdId, (heads.get(e.householdId) ?? 0) + (e.relationshipToHoH === 1 ? 1 : 0));
      expect([0, 1, 2, 13]).toContain(e.projectType);
      if (e.exit) expect(e.exit.exitDate >= e.entryDate).toBe(true);
    }
    expect([...heads.values()].every((n) => n === 1)).toBe(true);
    expect(population.dvShelter.enrollments.some((e) => e.relationshipToHoH === 2)).toBe(true);
  });

  it('matches grade level to age and keeps attendance events to absences and tardies this school year', () => {
    const { enrollments, attendanceEvents, students, specialEducation } = population.schools;
    const grades = ['Kindergarten', 'First grade', 'Second grade', 'Third grade', 'Fourth grade', 'Fifth grade', 'Sixth grade',
      'Seventh grade', 'Eighth grade', 'Ninth grade', 'Tenth grade', 'Eleventh grade', 'Twelfth grade'];
    const personOf = new Map(population.identity.links.map((l) => [`${l.system}|${l.localId}`, l.personId]));
    const byId = new Map(population.people.map((p) => [p.personId, p]));
    const current = enrollments.filter((e) => e.schoolYear === calendar.current.schoolYear);
    expect(calendar.current.schoolYear).toBe(2027);
    expect(formatDay(calendar.current.firstDay)).toMatch(/^2026-(08|09)-/);
    for (const e of current) {
      const person = byId.get(personOf.get(`schools|${e.studentId}`)!)! as TruePerson;
      const age = ageOn(person.birthDate, calendar.current.firstDay);
      const g = grades.indexOf(e.entryGradeLevel);
      if (g >= 0 && age <= 17) expect([0, 1]).toContain(age - 5 - g);
      expect(e.entryDate >= formatDay(calendar.current.firstDay) && e.entryDate <= ref).toBe(true);
    }
    expect(current.length).toBeGreaterThan(800);
    expect(attendanceEvents.every((e) => ['Excused Absence', 'Unexcused Absence', 'Tardy'].includes(e.category))).toBe(true);
    expect(attendanceEvents.every((e) => e.eventDate >= formatDay(calendar.current.firstDay) && e.eventDate < ref)).toBe(true);
    const iep = new Set(specialEducation.filter((p) => p.endDate === null).map((p) => p.studentId));
    expect(rate(iep.size, students.length)).toBeGreaterThan(0.11);
    expect(rate(iep.size, students.length)).toBeLessThan(0.17);
    expect(specialEducation.every((p) => p.disabilities.length > 0 && p.iepBeginDate !== null && p.iepEndDate !== null)).toBe(true);
  });

  it('has attendance mostly 90–99%, with chronic absence more common among children in care', () => {
    const { attendanceEvents, enrollments } = population.schools;
    const absences = new Map<string, number>();
    for (const e of attendanceEvents) if (e.category !== 'Tardy') absences.set(e.studentId, (absences.get(e.studentId) ?? 0) + 1);
    const schoolDays = calendar.daysSoFar.length;
    const fullYear = enrollments.filter((e) => e.schoolYear === calendar.current.schoolYear && e.exitWithdrawDate === null && e.entryDate === formatDay(calendar.current.firstDay));
    const students = [...new Set(fullYear.map((e) => e.studentId))];
    const rates = students.map((s) => 1 - (absences.get(s) ?? 0) / schoolDays);
    const chronic = rates.filter((r) => r < 0.9).length / rates.length;
    expect(chronic).toBeGreaterThan(0.04);
    expect(chronic).toBeLessThan(0.25);
    expect(rates.filter((r) => r >= 0.9).length / rates.length).toBeGreaterThan(0.75);
  });
});

describe('findShowcase', () => {
  const showcase = findShowcase(population);
  const links = population.identity.links.filter((l) => l.personId === showcase.personId);
  const local = (system: string) => links.filter((l) => l.system === system).map((l) => l.localId);

  it('is deterministic for the default options', () => {
    expect(findShowcase(generatePopulation())).toEqual(showcase);
    expect(showcase.personId).toMatch(/^P-\d{6}$/);
  });

  it('is a child with an open case assigned to the returned caseworker', () => {
    const person = population.people.find((p) => p.personId === showcase.personId)!;
    expect(person.role).toBe('CHILD');
    const open = population.childWelfare.cases.filter((c) => local(AGENCY_SYSTEMS.childWelfare).includes(c.childLocalId) && c.status === 'OPEN');
    expect(open.map((c) => c.caseworkerId)).toContain(showcase.caseworkerId);
    expect(population.childWelfare.caseworkers.some((w) => w.caseworkerId === showcase.caseworkerId)).toBe(true);
  });

  it('has a current IEP, an active BH episode with a crisis plan, and a shelter stay with a parent', () => {
    const students = local(AGENCY_SYSTEMS.schools);
    expect(population.schools.specialEducation.some((p) => students.includes(p.studentId) && p.endDate === null && p.iepBeginDate)).toBe(true);
    const patients = local(AGENCY_SYSTEMS.behavioralHealth);
    expect(population.behavioralHealth.episodes.some((e) => patients.includes(e.patientId) && e.status === 'active')).toBe(true);
    expect(population.behavioralHealth.carePlans.some((p) => patients.includes(p.patientId) && p.kind === 'CRISIS' && p.status === 'active')).toBe(true);
    const clients = local(AGENCY_SYSTEMS.dvShelter);
    const mine = population.dvShelter.enrollments.filter((e) => clients.includes(e.clientId) && e.exit === null && e.relationshipToHoH === 2);
    expect(mine.length).toBeGreaterThan(0);
    const head = population.dvShelter.enrollments.find((e) => e.householdId === mine[0].householdId && e.relationshipToHoH === 1)!;
    const headPerson = population.identity.links.find((l) => l.system === AGENCY_SYSTEMS.dvShelter && l.localId === head.clientId)!.personId;
    const household = population.households.find((h) => h.childIds.includes(showcase.personId))!;
    expect(household.parentIds).toContain(headPerson);
  });

  it('is never placed away from home during a shelter stay it is enrolled in', () => {
    const cases = population.childWelfare.cases.filter((c) => local(AGENCY_SYSTEMS.childWelfare).includes(c.childLocalId) && c.status === 'OPEN');
    const current = cases[0].placements[cases[0].placements.length - 1];
    expect(current.setting).toBe('TRIAL_HOME_VISIT');
    const stay = population.dvShelter.enrollments.find((e) => local(AGENCY_SYSTEMS.dvShelter).includes(e.clientId) && e.exit === null)!;
    expect(stay.entryDate >= current.beginDate).toBe(true);
    expect(formatDay(parseDay(stay.entryDate))).toBe(stay.entryDate);
  });
});
