/**
 * The child welfare agency's slice: child records (`CW-` + digits, the agency's own spelling of
 * names), cases with removals and placements (AFCARS, 45 CFR 1355.44), caseworkers and the
 * juvenile court of the child's county. Children in care have an OPEN case with placement and
 * care responsibility; others have in-home or closed cases.
 */
import type { CaseRecord, ChildWelfareChild } from '../child-welfare/port.js';
import type { ChildWelfareDataset, PersonLink, TruePerson } from './population.js';
import { AGENCY_SYSTEMS } from './population.js';
import type { Home } from './households.js';
import { type Day, ageOn, formatDay, parseDay, yearOf } from './dates.js';
import { GappedSequence, pad } from './ids.js';
import { juvenileCourtName } from './counties.js';
import { VARIATION_PROFILES, recordIdentity } from './corrupt.js';
import { CW_CLOSED, CW_IN_CARE, CW_IN_HOME, CW_NONE } from './involvement.js';
import { type BuildContext, DUPLICATE_RATE, LinkSink, provenance } from './record-kit.js';
import { CaseworkerPool } from './caseworkers.js';
import {
  type CaseHistory, type FamilyFacts, type HistoryIds, circumstances, closedHistory, daysInCare,
  inCareGoal, inCareHistory, outOfHomeSpans, placementHistory, withTrialHomeVisit,
} from './child-welfare-history.js';

const SYSTEM = AGENCY_SYSTEMS.childWelfare;
const DUPLICATE_PROFILE = { ...VARIATION_PROFILES.childWelfare, typo: 0.5, nickname: 0.3, dobShift: 0.1 };

export interface ChildWelfareBuild {
  dataset: ChildWelfareDataset;
  links: PersonLink[];
  /** Per person index, the spans the child lived outside the home — truth other builders respect. */
  outOfHome: Map<number, Array<[Day, Day]>>;
}

export function buildChildWelfare(ctx: BuildContext): ChildWelfareBuild {
  const { rng, ref, community, inv } = ctx;
  const { people } = community;
  const sink = new LinkSink(SYSTEM, rng, ref);
  const pool = new CaseworkerPool(rng, ref);
  const childIds = new GappedSequence(rng, 1_040_000, 25);
  const caseSeq = new GappedSequence(rng, 1_000, 6);
  const ids: HistoryIds = {
    removal: new GappedSequence(rng, 500_000, 9),
    placement: new GappedSequence(rng, 2_000_000, 9),
  };
  const children: ChildWelfareChild[] = [];
  const cases: CaseRecord[] = [];
  const closedToAssign: Array<{ record: Omit<CaseRecord, 'caseworkerId'>; home: Home }> = [];
  const outOfHome = new Map<number, Array<[Day, Day]>>();

  for (const home of community.homes) {
    const kids = home.children.filter((c) => inv.cw[c] !== CW_NONE);
    if (kids.length === 0) continue;
    const family: FamilyFacts = {
      substanceUse: home.parents.some((p) => inv.bhSubstance[p] === 1),
      domesticViolence: home.parents.some((p) => inv.dv[p] !== 0),
      familySurname: people[home.parents[0]].lastName,
    };
    // One removal and placement history for the sibling group, adapted per child below.
    const removalDay = ref - daysInCare(rng);
    const oldest = Math.max(...kids.map((k) => inv.age[k]));
    const goal = inCareGoal(rng, ref - removalDay, oldest);
    const reasons = circumstances(rng, family);
    const youngestAge = Math.min(...kids.map((k) => inv.age[k]));
    const shared = placementHistory(rng, ids, removalDay, null, ref, youngestAge, goal, family);
    const openCases: Array<Omit<CaseRecord, 'caseworkerId'>> = [];

    for (const k of kids) {
      const person = people[k];
      const birth = parseDay(person.birthDate);
      const ageAt = (d: Day) => ageOn(person.birthDate, d);
      const histories: Array<{ h: CaseHistory; open: boolean }> = [];
      const status = inv.cw[k];
      if (k === inv.showcase) {
        // In care for a year or so, now on a trial home visit with the parent (see ensureShowcase).
        const own = Math.max(birth, ref - rng.int(330, 480));
        const why = [...new Set([...circumstances(rng, family), 'DOMESTIC_VIOLENCE' as const])];
        const h = inCareHistory(rng, ids, own, ref, inv.age[k], 'REUNIFY', why, family, null);
        h.placements = withTrialHomeVisit(h.placements, ref - rng.int(100, 150), ids);
        histories.push({ h, open: true });
      } else if (status === CW_IN_CARE) {
        const own = Math.max(removalDay, birth + rng.int(0, 3));
        const individual = own !== removalDay || (inv.age[k] >= 12 && rng.chance(0.3));
        const placements = individual ? null : shared;
        const childGoal = individual ? inCareGoal(rng, ref - own, inv.age[k]) : goal;
        histories.push({ h: inCareHistory(rng, ids, own, ref, inv.age[k], childGoal, reasons, family, placements), open: true });
      } else if (status === CW_IN_HOME) {
        const openedOn = Math.max(birth, ref - rng.int(20, 400));
        histories.push({ h: { openedOn, closedOn: null, goal: 'NOT_ESTABLISHED', removals: [], placements: [] }, open: true });
      }
      const priorUntil = histories.length > 0 ? histories[0].h.openedOn - 60 : ref - 30;
      if (status === CW_CLOSED || inv.cwPriorClosed[k]) {
        const past = closedHistory(rng, ids, birth, priorUntil, ageAt, family);
        if (past) histories.unshift({ h: past, open: false });
      }
      if (histories.length === 0) {
        // Too young for a closed history: an in-home case opened at birth instead.
        histories.push({ h: { openedOn: birth, closedOn: null, goal: 'NOT_ESTABLISHED', removals: [], placements: [] }, open: true });
      }

      outOfHome.set(k, histories.flatMap(({ h }) => outOfHomeSpans(h.placements, ref)));
      const child = childRecord(ctx, person, childIds, histories[0].h.openedOn);
      children.push(child);
      sink.add(person.personId, child.localId, histories[0].h.openedOn);
      let duplicateId: string | null = null;
      if (rng.chance(DUPLICATE_RATE)) {
        const dup = childRecord(ctx, person, childIds, histories[histories.length - 1].h.openedOn, true);
        children.push(dup);
        sink.add(person.personId, dup.localId, histories[histories.length - 1].h.openedOn);
        duplicateId = dup.localId;
      }

      for (const { h, open } of histories) {
        // A re-entry recorded under a new intake's duplicate record keeps the old case on the old one.
        const owner = duplicateId && !open && histories.length > 1 ? duplicateId : child.localId;
        const record = caseRecord(ctx, h, owner, home, caseSeq);
        if (open) openCases.push(record);
        else closedToAssign.push({ record, home });
      }
    }
    if (openCases.length > 0) {
      const worker = pool.assignOpen(home.county, openCases.length);
      for (const c of openCases) cases.push({ ...c, caseworkerId: worker.caseworkerId });
    }
  }
  for (const { record, home } of closedToAssign) {
    cases.push({ ...record, caseworkerId: pool.assignClosed(home.county).caseworkerId });
  }
  return { dataset: { children, cases, caseworkers: pool.workers }, links: sink.links, outOfHome };
}

function childRecord(
  ctx: BuildContext, person: TruePerson, ids: GappedSequence, createdOn: Day, duplicate = false,
): ChildWelfareChild {
  const { rng, ref } = ctx;
  const named = recordIdentity(rng, person, duplicate ? DUPLICATE_PROFILE : VARIATION_PROFILES.childWelfare);
  return {
    localId: `CW-${ids.next()}`,
    firstName: named.firstName,
    middleName: named.middleName,
    lastName: named.lastName,
    birthDate: named.birthDate,
    sex: rng.chance(0.005) ? 'UNKNOWN' : person.sex,
    provenance: provenance(SYSTEM, rng, createdOn, ref),
  };
}

function caseRecord(
  ctx: BuildContext, h: CaseHistory, childLocalId: string, home: Home, seq: GappedSequence,
): Omit<CaseRecord, 'caseworkerId'> {
  const { rng, ref } = ctx;
  const open = h.closedOn === null;
  return {
    caseId: `${yearOf(h.openedOn)}-${home.county.code}-${pad(seq.next(), 6)}`,
    childLocalId,
    status: open ? 'OPEN' : 'CLOSED',
    openedOn: formatDay(h.openedOn),
    closedOn: h.closedOn === null ? null : formatDay(h.closedOn),
    permanencyGoal: h.goal,
    agencyHasPlacementResponsibility: open && h.removals.some((r) => r.dischargeDate === null),
    court: { name: juvenileCourtName(home.county), county: home.county.name },
    removals: h.removals,
    placements: h.placements,
    provenance: open
      ? provenance(SYSTEM, rng, ref - 60, ref)
      : provenance(SYSTEM, rng, h.closedOn!, Math.min(ref, h.closedOn! + 45)),
  };
}
