/**
 * A consent record as an HL7 FHIR R4 Consent resource (hl7.org/fhir/R4/consent.html), for export
 * to a partner or a privacy officer's tools. The regulation each kind is given under goes in
 * `policy`; what is permitted goes in one `provision` of type permit. Whether a signer was
 * flagged as an abuser is never exported.
 */
import { DATA_CLASS_CODINGS, POLICY_BY_KIND } from './fhir-codes.js';
import type { ConsentActor, ConsentRecord, Grantor } from './types.js';

const HUB = 'urn:common-client-hub';
const LOINC = 'http://loinc.org';

/** A plain-object R4 Consent; typed loosely so this module needs no FHIR type package. */
export type FhirConsent = Record<string, unknown> & { resourceType: 'Consent' };

export function toFhirConsent(record: ConsentRecord): FhirConsent {
  const policy = POLICY_BY_KIND[record.kind];
  return {
    resourceType: 'Consent',
    id: record.id,
    status: record.status,
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
    // Releases of information (VAWA, FERPA, HIPAA authorization) are LOINC 64292-6; a Part 2
    // consent is a patient consent directive, LOINC 59284-0.
    category: [
      record.kind === 'part2-consent'
        ? { coding: [{ system: LOINC, code: '59284-0', display: 'Patient Consent' }] }
        : { coding: [{ system: LOINC, code: '64292-6', display: 'Release of information consent' }] },
    ],
    patient: record.personId
      ? { identifier: { system: `${HUB}:person`, value: record.personId } }
      : { identifier: { system: `${HUB}:${record.subject?.system}`, value: record.subject?.localId } },
    dateTime: record.signedOn,
    performer: record.grantors.map(performer),
    organization: [{ identifier: { system: `${HUB}:agency-system`, value: record.owner } }],
    ...(record.writtenDocument && { sourceReference: { reference: record.writtenDocument.reference } }),
    policy: [{ authority: policy.authority, uri: policy.uri }],
    provision: {
      type: 'permit',
      period: { start: record.period.start, ...(record.period.end && { end: record.period.end }) },
      actor: record.actors.map((actor) => ({
        role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP', display: 'information recipient' }] },
        reference: actorReference(actor),
      })),
      action: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentaction', code: 'disclose' }] }],
      purpose: record.purposes.map((code) => ({ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code })),
      securityLabel: record.dataClasses.map((code) => DATA_CLASS_CODINGS[code]),
    },
  };
}

function performer(grantor: Grantor) {
  const patientSelf = grantor.relationship === 'self' || grantor.relationship === 'minor-self';
  return { type: patientSelf ? 'Patient' : 'RelatedPerson', display: `${grantor.name} (${grantor.relationship})` };
}

function actorReference(actor: ConsentActor) {
  switch (actor.kind) {
    case 'organization':
      return { type: 'Organization', identifier: { system: `${HUB}:organization`, value: actor.reference }, display: actor.display };
    case 'role':
      return { type: 'PractitionerRole', identifier: { system: `${HUB}:role`, value: `${actor.organization}/${actor.reference}` }, display: actor.display };
    case 'person':
      return { type: 'Practitioner', identifier: { system: `${HUB}:subject`, value: actor.reference }, display: actor.display };
  }
}
