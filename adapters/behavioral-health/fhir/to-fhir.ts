/**
 * Port records as the FHIR R4 resources a behavioral health provider's server would hold: what
 * the test server's seeder loads. The inverse of `from-fhir.ts`, so a record survives the trip.
 * Substance-use conditions carry the 42 CFR Part 2 security labels (codes.ts).
 */
import { createHash } from 'node:crypto';
import type { BehavioralHealthPatient, CarePlan, Condition, EpisodeOfCare, Reference } from '../port.js';
import {
  CAREPLAN_KIND,
  CAREPLAN_KIND_CODES,
  CONDITION_CATEGORY,
  CONDITION_CLINICAL,
  IDENTIFIER_TYPE,
  PART2_LABELS,
  US_CORE_CAREPLAN_CATEGORY,
  US_CORE_CONDITION_CATEGORY,
} from './codes.js';
import type { FhirCarePlan, FhirCondition, FhirEpisodeOfCare, FhirMeta, FhirPatient, FhirReference } from './fhir-types.js';

export interface ToFhirOptions {
  /** Patient.identifier.system of the MRN that is the port's local id. */
  identifierSystem: string;
  /** meta.source: the URI of the system the resources come from. */
  source: string;
}

/**
 * The server's logical id of a patient: not the MRN, as on a real server, so the adapter must
 * search by identifier and then follow references. Derived from the MRN so reseeding keeps it.
 */
export function patientLogicalId(mrn: string): string {
  return `bhp-${createHash('sha256').update(mrn).digest('hex').slice(0, 20)}`;
}

const meta = (lastUpdated: string, source: string, security?: FhirMeta['security']): FhirMeta => ({
  lastUpdated,
  source,
  ...(security ? { security: security.map((label) => ({ ...label })) } : {}),
});

const reference = (type: string, ref: Reference): FhirReference => ({ reference: `${type}/${ref.id}`, display: ref.display });
const period = (start: string, end: string | null) => ({ start, ...(end === null ? {} : { end }) });

export function toFhirPatient(p: BehavioralHealthPatient, o: ToFhirOptions): FhirPatient {
  return {
    resourceType: 'Patient',
    id: patientLogicalId(p.localId),
    meta: meta(p.provenance.lastUpdated, o.source),
    identifier: [{ use: 'usual', type: { coding: [{ system: IDENTIFIER_TYPE, code: 'MR' }] }, system: o.identifierSystem, value: p.localId }],
    // One given element holding the whole given name, so "José María" comes back unchanged.
    name: [{ use: 'official', family: p.familyName, given: [p.givenName] }],
    ...(p.birthDate === null ? {} : { birthDate: p.birthDate }),
  };
}

export function toFhirEpisode(e: EpisodeOfCare, patientMrn: string, o: ToFhirOptions): FhirEpisodeOfCare {
  return {
    resourceType: 'EpisodeOfCare',
    id: e.id,
    meta: meta(e.provenance.lastUpdated, o.source),
    status: e.status,
    type: [{ text: e.type }],
    patient: { reference: `Patient/${patientLogicalId(patientMrn)}` },
    managingOrganization: reference('Organization', e.managingOrganization),
    ...(e.careManager ? { careManager: reference('Practitioner', e.careManager) } : {}),
    period: period(e.periodStart, e.periodEnd),
  };
}

export function toFhirCondition(c: Condition, patientMrn: string, o: ToFhirOptions): FhirCondition {
  const categorySystem = c.category === 'health-concern' ? US_CORE_CONDITION_CATEGORY : CONDITION_CATEGORY;
  return {
    resourceType: 'Condition',
    id: c.id,
    meta: meta(c.provenance.lastUpdated, o.source, c.substanceUse ? [...PART2_LABELS] : undefined),
    clinicalStatus: { coding: [{ system: CONDITION_CLINICAL, code: c.clinicalStatus }] },
    category: [{ coding: [{ system: categorySystem, code: c.category }] }],
    code: { coding: [{ ...c.code }], text: c.code.display },
    subject: { reference: `Patient/${patientLogicalId(patientMrn)}` },
    recordedDate: c.recordedDate,
  };
}

export function toFhirCarePlan(p: CarePlan, patientMrn: string, o: ToFhirOptions): FhirCarePlan {
  return {
    resourceType: 'CarePlan',
    id: p.id,
    meta: meta(p.provenance.lastUpdated, o.source),
    status: p.status,
    intent: p.intent,
    category: [
      { coding: [{ system: CAREPLAN_KIND, code: CAREPLAN_KIND_CODES[p.kind] }] },
      { coding: [{ system: US_CORE_CAREPLAN_CATEGORY, code: 'assess-plan' }] },
    ],
    title: p.title,
    subject: { reference: `Patient/${patientLogicalId(patientMrn)}` },
    period: period(p.periodStart, p.periodEnd),
  };
}
