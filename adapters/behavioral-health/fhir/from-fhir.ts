/**
 * FHIR R4 resources → the behavioral health port's records. Everything the port requires must be
 * there and carry a value the port knows; otherwise the record's key fails with a
 * `FhirMappingError` naming the resource and the element, and the other keys are still answered.
 * Calendar days are taken as written (the first ten characters of a date or dateTime), never
 * moved through a time zone; `meta.lastUpdated` becomes UTC (`toISOString`), as the SQL adapters
 * serve instants.
 */
import type { FieldDataQuality } from '../../port/data-quality.js';
import type { Provenance } from '../../port/provenance.js';
import { dataQualityOfAbsent } from './data-absent-reason.js';
import type {
  BehavioralHealthPatient,
  CarePlan,
  CarePlanStatus,
  Condition,
  ConditionCategory,
  ConditionClinicalStatus,
  EpisodeOfCare,
  EpisodeStatus,
  Reference,
} from '../port.js';
import {
  ACT_CODE,
  CAREPLAN_KIND,
  CAREPLAN_KIND_CODES,
  CONDITION_CATEGORY,
  CONDITION_CLINICAL,
  ICD10CM,
  SUBSTANCE_USE_ICD10,
  SUBSTANCE_USE_LABELS,
  US_CORE_CONDITION_CATEGORY,
} from './codes.js';
import { FhirMappingError } from './fhir-errors.js';
import type { FhirCarePlan, FhirCodeableConcept, FhirCondition, FhirEpisodeOfCare, FhirPatient, FhirReference, FhirResourceBase } from './fhir-types.js';

const EPISODE_STATUSES: readonly EpisodeStatus[] = ['planned', 'waitlist', 'active', 'onhold', 'finished', 'cancelled', 'entered-in-error'];
const CLINICAL_STATUSES: readonly ConditionClinicalStatus[] = ['active', 'recurrence', 'relapse', 'inactive', 'remission', 'resolved'];
const CATEGORIES: readonly ConditionCategory[] = ['problem-list-item', 'encounter-diagnosis', 'health-concern'];
const CAREPLAN_STATUSES: readonly CarePlanStatus[] = ['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown'];
const INTENTS: readonly CarePlan['intent'][] = ['proposal', 'plan', 'order', 'option'];

const name = (r: FhirResourceBase) => `${r.resourceType}/${r.id ?? '(no id)'}`;
const fail = (r: FhirResourceBase, problem: string) => new FhirMappingError(`${name(r)} ${problem}`);

function oneOf<T extends string>(r: FhirResourceBase, element: string, allowed: readonly T[], value: string | undefined): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw fail(r, `has ${element} ${value === undefined ? 'missing' : JSON.stringify(value)}; expected one of ${allowed.join(', ')}`);
}

function day(r: FhirResourceBase, element: string, value: string | undefined): string {
  const match = value === undefined ? null : /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (!match) throw fail(r, `has ${element} ${value === undefined ? 'missing' : JSON.stringify(value)}; expected a full date (yyyy-mm-dd)`);
  return match[1];
}

const optionalDay = (r: FhirResourceBase, element: string, value: string | undefined) => (value === undefined ? null : day(r, element, value));

function provenance(r: FhirResourceBase, sourceSystem: string): Provenance {
  const instant = r.meta?.lastUpdated;
  const time = instant === undefined ? NaN : Date.parse(instant);
  if (Number.isNaN(time)) throw fail(r, `has meta.lastUpdated ${instant === undefined ? 'missing' : JSON.stringify(instant)}; expected an instant`);
  return { sourceSystem, lastUpdated: new Date(time).toISOString() };
}

/** The logical id a reference points at (`Type/id`, possibly absolute or versioned), or null. */
export function referencedId(ref: FhirReference | undefined, type: string): string | null {
  const match = ref?.reference === undefined ? null : new RegExp(`(?:^|/)${type}/([A-Za-z0-9\\-.]{1,64})(?:/_history/[^/]+)?$`).exec(ref.reference);
  return match ? match[1] : null;
}

function reference(r: FhirResourceBase, element: string, type: string, ref: FhirReference | undefined): Reference {
  const id = referencedId(ref, type);
  if (id === null) throw fail(r, `has ${element} ${ref?.reference === undefined ? 'missing' : JSON.stringify(ref.reference)}; expected a ${type} reference`);
  return { id, display: ref?.display ?? '' };
}

const codeIn = (concepts: FhirCodeableConcept[] | undefined, systems: readonly string[]) =>
  (concepts ?? []).flatMap((c) => c.coding ?? []).find((coding) => coding.system !== undefined && systems.includes(coding.system))?.code;

/** The Patient's official name, else its first one. */
export const officialName = (r: FhirPatient) => r.name?.find((n) => n.use === 'official') ?? r.name?.[0];

export function toPatient(r: FhirPatient, localId: string, sourceSystem: string): BehavioralHealthPatient {
  const official = officialName(r);
  if (!official?.family || !official.given?.length) throw fail(r, 'has no name with family and given parts');
  return {
    localId,
    givenName: official.given.join(' '),
    familyName: official.family,
    birthDate: optionalDay(r, 'birthDate', r.birthDate),
    provenance: withDataQuality(provenance(r, sourceSystem), dataQualityOfAbsent('birthDate', r.birthDate, r._birthDate)),
  };
}

const withDataQuality = (p: Provenance, dataQuality: FieldDataQuality[]): Provenance => (dataQuality.length > 0 ? { ...p, dataQuality } : p);

export function toEpisode(r: FhirEpisodeOfCare, sourceSystem: string): EpisodeOfCare {
  const type = r.type?.[0]?.text ?? r.type?.[0]?.coding?.[0]?.display;
  if (!type) throw fail(r, 'has no type text or display');
  return {
    id: r.id!,
    status: oneOf(r, 'status', EPISODE_STATUSES, r.status),
    type,
    periodStart: day(r, 'period.start', r.period?.start),
    periodEnd: optionalDay(r, 'period.end', r.period?.end),
    managingOrganization: reference(r, 'managingOrganization', 'Organization', r.managingOrganization),
    careManager: r.careManager ? reference(r, 'careManager', 'Practitioner', r.careManager) : null,
    provenance: provenance(r, sourceSystem),
  };
}

/**
 * Substance-use (42 CFR Part 2) when a DS4P label says so, or when the diagnosis is in ICD-10-CM
 * F10–F19 though unlabelled: a missing label must never make a record less protected.
 */
function isSubstanceUse(r: FhirCondition, code: string, system: string): boolean {
  const labelled = (r.meta?.security ?? []).some((l) => l.system === ACT_CODE && l.code !== undefined && SUBSTANCE_USE_LABELS.has(l.code));
  return labelled || (system === ICD10CM && SUBSTANCE_USE_ICD10.test(code));
}

export function toCondition(r: FhirCondition, sourceSystem: string): Condition {
  const codings = r.code?.coding ?? [];
  // The port holds one coding: ICD-10-CM where the server has it, else the first one.
  const coding = codings.find((c) => c.system === ICD10CM && c.code) ?? codings.find((c) => c.system && c.code);
  if (!coding?.system || !coding.code) throw fail(r, 'has no code.coding with a system and code');
  return {
    id: r.id!,
    code: { system: coding.system, code: coding.code, display: coding.display ?? r.code?.text ?? '' },
    category: oneOf(r, 'category', CATEGORIES, codeIn(r.category, [CONDITION_CATEGORY, US_CORE_CONDITION_CATEGORY])),
    clinicalStatus: oneOf(r, 'clinicalStatus', CLINICAL_STATUSES, codeIn(r.clinicalStatus ? [r.clinicalStatus] : [], [CONDITION_CLINICAL])),
    recordedDate: day(r, 'recordedDate', r.recordedDate),
    substanceUse: isSubstanceUse(r, coding.code, coding.system),
    provenance: provenance(r, sourceSystem),
  };
}

export function toCarePlan(r: FhirCarePlan, sourceSystem: string): CarePlan {
  const kindCode = codeIn(r.category, [CAREPLAN_KIND]);
  const kind = (Object.keys(CAREPLAN_KIND_CODES) as CarePlan['kind'][]).find((k) => CAREPLAN_KIND_CODES[k] === kindCode);
  if (!kind) throw fail(r, `has no category from ${CAREPLAN_KIND} (${Object.values(CAREPLAN_KIND_CODES).join(' or ')})`);
  if (r.title === undefined) throw fail(r, 'has no title');
  return {
    id: r.id!,
    title: r.title,
    status: oneOf(r, 'status', CAREPLAN_STATUSES, r.status),
    intent: oneOf(r, 'intent', INTENTS, r.intent),
    kind,
    periodStart: day(r, 'period.start', r.period?.start),
    periodEnd: optionalDay(r, 'period.end', r.period?.end),
    provenance: provenance(r, sourceSystem),
  };
}
