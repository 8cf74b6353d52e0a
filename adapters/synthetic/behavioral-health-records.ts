/**
 * The behavioral health slice in FHIR R4 shapes: Patients (`pat-…` ids), EpisodesOfCare (about
 * half active) managed by a clinic with a care manager, Conditions (ICD-10-CM, substance use
 * flagged for 42 CFR Part 2) and CarePlans — a treatment plan per open episode and a crisis plan
 * for some patients with an active episode.
 */
import type { BehavioralHealthPatient, CarePlan, Coding, EpisodeOfCare, Reference } from '../behavioral-health/port.js';
import type { BehavioralHealthDataset, PersonLink, TruePerson } from './population.js';
import { AGENCY_SYSTEMS } from './population.js';
import type { Rng } from './prng.js';
import { type Day, formatDay } from './dates.js';
import { HexTokens } from './ids.js';
import { ENGLISH_ORIGIN, HISPANIC_ORIGIN } from './names.js';
import { VARIATION_PROFILES, recordIdentity } from './corrupt.js';
import { BH_ACTIVE, BH_NONE } from './involvement.js';
import { type BuildContext, DUPLICATE_RATE, LinkSink, provenance } from './record-kit.js';
import {
  ADULT_MENTAL_HEALTH, ADULT_SUBSTANCE_USE, CATEGORIES, CHILD_MENTAL_HEALTH, CLINICS, type Clinic,
  EPISODE_TYPES, YOUTH_SUBSTANCE_USE,
} from './behavioral-health-catalog.js';

const SYSTEM = AGENCY_SYSTEMS.behavioralHealth;
type Episode = EpisodeOfCare & { patientId: string };

interface Tokens {
  patient: HexTokens;
  episode: HexTokens;
  condition: HexTokens;
  plan: HexTokens;
}

function clinicians(rng: Rng): Map<Clinic, Reference[]> {
  const tokens = new HexTokens(rng);
  const staff = new Map<Clinic, Reference[]>();
  for (const clinic of CLINICS) {
    const list: Reference[] = [];
    for (let i = rng.int(4, 8); i > 0; i--) {
      const origin = rng.chance(0.7) ? ENGLISH_ORIGIN : HISPANIC_ORIGIN;
      const first = rng.pick(rng.chance(0.7) ? origin.female : origin.male);
      list.push({ id: `prac-${tokens.next()}`, display: `${first} ${rng.pick(origin.surnames)}, ${rng.pick(clinic.credentials)}` });
    }
    staff.set(clinic, list);
  }
  return staff;
}

export function buildBehavioralHealth(ctx: BuildContext): { dataset: BehavioralHealthDataset; links: PersonLink[] } {
  const { rng, ref, community, inv } = ctx;
  const sink = new LinkSink(SYSTEM, rng, ref);
  const staff = clinicians(rng);
  const tokens: Tokens = { patient: new HexTokens(rng), episode: new HexTokens(rng), condition: new HexTokens(rng), plan: new HexTokens(rng) };
  const data: BehavioralHealthDataset = { patients: [], episodes: [], conditions: [], carePlans: [] };

  community.people.forEach((person, i) => {
    if (inv.bh[i] === BH_NONE) return;
    const child = person.role === 'CHILD';
    const substance = inv.bhSubstance[i] === 1;
    const primary: Coding = substance
      ? rng.weighted(child ? YOUTH_SUBSTANCE_USE : ADULT_SUBSTANCE_USE)
      : rng.weighted(child ? CHILD_MENTAL_HEALTH : ADULT_MENTAL_HEALTH);
    const clinic = pickClinic(rng, child, substance);
    const patientId = `pat-${tokens.patient.next()}`;
    const episodes = episodeHistory(ctx, i, patientId, primary, clinic, staff, tokens);
    const firstStart = Math.min(...episodes.map((e) => e.start));
    const active = episodes.some((e) => e.episode.status === 'active');

    data.patients.push(patientRecord(rng, person, patientId, firstStart, ref));
    sink.add(person.personId, patientId, firstStart);
    if (rng.chance(DUPLICATE_RATE)) {
      const dupId = `pat-${tokens.patient.next()}`;
      const dupCreated = firstStart + rng.int(30, Math.max(31, ref - firstStart - 1));
      data.patients.push(patientRecord(rng, person, dupId, Math.min(dupCreated, ref - 1), ref, true));
      sink.add(person.personId, dupId, Math.min(dupCreated, ref - 1));
    }

    const codes = [primary];
    if (substance && !child && rng.chance(0.5)) codes.push(rng.weighted(ADULT_MENTAL_HEALTH));
    if (!substance && child && inv.cw[i] && primary.code !== 'F43.10' && rng.chance(0.35)) codes.push(CHILD_MENTAL_HEALTH[0][0]);
    for (const coding of codes) {
      const isSubstance = /^F1[0-9]\./.test(coding.code);
      const recorded = Math.min(ref - 1, firstStart + rng.int(0, 14));
      data.conditions.push({
        patientId,
        id: `cond-${tokens.condition.next()}`,
        code: { ...coding },
        category: rng.weighted(CATEGORIES),
        clinicalStatus: active
          ? isSubstance && rng.chance(0.1) ? 'relapse' : 'active'
          : isSubstance ? (rng.chance(0.6) ? 'remission' : 'inactive') : rng.weighted([['resolved', 50], ['inactive', 30], ['remission', 20]] as const),
        recordedDate: formatDay(recorded),
        substanceUse: isSubstance,
        provenance: provenance(SYSTEM, rng, recorded, ref),
      });
    }

    for (const { episode, start, end } of episodes) {
      data.episodes.push(episode);
      const plan = treatmentPlan(rng, episode, start, end, ref, tokens);
      if (plan) data.carePlans.push(plan);
    }
    const current = episodes.find((e) => e.episode.status === 'active');
    if (current && inv.bhCrisis[i]) {
      const start = Math.min(ref - 1, current.start + rng.int(0, 60));
      data.carePlans.push(carePlan(rng, patientId, tokens, 'CRISIS', 'active', start, null, ref));
    }
  });
  return { dataset: data, links: sink.links };
}

function pickClinic(rng: Rng, child: boolean, substance: boolean): Clinic {
  const serves = substance && !child ? 'SUBSTANCE_USE' : child ? 'CHILD' : 'ADULT';
  return rng.pick(CLINICS.filter((c) => c.serves === serves));
}

function patientRecord(
  rng: Rng, person: TruePerson, localId: string, created: Day, ref: Day, duplicate = false,
): BehavioralHealthPatient {
  const profile = duplicate ? { ...VARIATION_PROFILES.behavioralHealth, typo: 0.5, nickname: 0.4 } : VARIATION_PROFILES.behavioralHealth;
  const named = recordIdentity(rng, person, profile);
  return {
    localId,
    givenName: named.firstName,
    familyName: named.lastName,
    birthDate: named.birthDate,
    provenance: provenance(SYSTEM, rng, created, ref),
  };
}

interface DatedEpisode {
  episode: Episode;
  start: Day;
  end: Day | null;
}

/** The current episode (for active patients) and earlier finished or cancelled ones, oldest first. */
function episodeHistory(
  ctx: BuildContext, i: number, patientId: string, primary: Coding, clinic: Clinic,
  staff: Map<Clinic, Reference[]>, tokens: Tokens,
): DatedEpisode[] {
  const { rng, ref, inv } = ctx;
  const out: DatedEpisode[] = [];
  const type = primary.code === 'F11.20' && rng.chance(0.6)
    ? EPISODE_TYPES.OPIOID
    : rng.pick(EPISODE_TYPES[clinic.serves]);
  let cursor = ref;
  if (inv.bh[i] === BH_ACTIVE) {
    const status = inv.bhCrisis[i] ? 'active' : rng.weighted([['active', 90], ['onhold', 5], ['waitlist', 5]] as const);
    const start = ref - (status === 'waitlist' ? rng.int(3, 45) : rng.int(14, 540));
    out.push({ episode: episode(rng, patientId, tokens, status, type, clinic, staff, start, null, ref), start, end: null });
    cursor = start - rng.int(30, 400);
  }
  const past = inv.bh[i] === BH_ACTIVE ? (rng.chance(0.25) ? 1 : 0) : rng.chance(0.15) ? 2 : 1;
  const earliest = ref - inv.age[i] * 365 + 3 * 365;
  for (let k = 0; k < past; k++) {
    const end = cursor - rng.int(0, 200);
    const start = end - rng.int(30, 365);
    if (start < earliest) break;
    const status = rng.chance(0.9) ? 'finished' : 'cancelled';
    out.push({ episode: episode(rng, patientId, tokens, status, rng.pick(EPISODE_TYPES[clinic.serves]), clinic, staff, start, end, ref), start, end });
    cursor = start - rng.int(30, 400);
  }
  if (out.length === 0) {
    // Too young for history: a short finished assessment episode in the last year.
    const start = ref - rng.int(60, 365);
    const end = Math.min(ref - 1, start + rng.int(14, 50));
    out.push({ episode: episode(rng, patientId, tokens, 'finished', type, clinic, staff, start, end, ref), start, end });
  }
  return out.reverse();
}

function episode(
  rng: Rng, patientId: string, tokens: Tokens, status: EpisodeOfCare['status'], type: string, clinic: Clinic,
  staff: Map<Clinic, Reference[]>, start: Day, end: Day | null, ref: Day,
): Episode {
  const open = end === null;
  return {
    patientId,
    id: `eoc-${tokens.episode.next()}`,
    status,
    type,
    periodStart: formatDay(start),
    periodEnd: end === null ? null : formatDay(end),
    managingOrganization: { id: clinic.id, display: clinic.display },
    careManager: open || rng.chance(0.8) ? { ...rng.pick(staff.get(clinic)!) } : null,
    provenance: provenance(SYSTEM, rng, open ? ref - 45 : end!, open ? ref : Math.min(ref, end! + 30)),
  };
}

function treatmentPlan(rng: Rng, e: Episode, start: Day, end: Day | null, ref: Day, tokens: Tokens): (CarePlan & { patientId: string }) | null {
  const planStart = Math.min(ref - 1, start + rng.int(0, 21));
  if (e.status === 'active') return carePlan(rng, e.patientId, tokens, 'TREATMENT', 'active', planStart, null, ref, e.type);
  if (e.status === 'onhold') return carePlan(rng, e.patientId, tokens, 'TREATMENT', 'on-hold', planStart, null, ref, e.type);
  if (e.status === 'finished' && end !== null && rng.chance(0.5)) {
    return carePlan(rng, e.patientId, tokens, 'TREATMENT', 'completed', Math.min(planStart, end), end, ref, e.type);
  }
  return null;
}

function carePlan(
  rng: Rng, patientId: string, tokens: Tokens, kind: CarePlan['kind'], status: CarePlan['status'],
  start: Day, end: Day | null, ref: Day, type?: string,
): CarePlan & { patientId: string } {
  return {
    patientId,
    id: `cp-${tokens.plan.next()}`,
    title: kind === 'CRISIS' ? 'Crisis and safety plan' : `Treatment plan: ${type}`,
    status,
    intent: 'plan',
    kind,
    periodStart: formatDay(start),
    periodEnd: end === null ? null : formatDay(end),
    provenance: provenance(SYSTEM, rng, end ?? start, end === null ? ref : Math.min(ref, end + 30)),
  };
}
