/**
 * Between the registry and the schema: a stored record becomes a `Consent` (its state read at
 * the moment of the request), and an input becomes a NewConsent recorded by the caller. Fields
 * are copied one by one, so nothing a caller adds and nothing the schema does not declare passes.
 */
import type { Caller } from '../../security/caller.js';
import { consentStateAt } from '../consent-state.js';
import { toFhirConsent } from '../fhir-consent.js';
import type { ConsentKind, ConsentRecord, NewConsent } from '../types.js';
import type { AgencySystem } from '../../../../adapters/port/agency-systems.js';
import type { ConsentInputBase } from './consent-inputs.js';
import type { ConsentType } from './consent-type.js';

export function toConsentView(record: ConsentRecord, at: Date): ConsentType {
  return {
    id: record.id,
    kind: record.kind,
    custodian: record.owner,
    personId: record.personId ?? null,
    localRecord: record.subject ? { system: record.subject.system, localId: record.subject.localId } : null,
    subjectStanding: record.subjectCapacity ?? 'adult',
    state: consentStateAt(record, at),
    status: record.status,
    signers: record.grantors.map((g) => ({ name: g.name, relationship: g.relationship })),
    recipients: record.actors.map((a) => ({ kind: a.kind, reference: a.reference, display: a.display, organization: a.organization ?? null })),
    purposes: record.purposes,
    dataClasses: record.dataClasses,
    period: { start: record.period.start, end: record.period.end ?? null },
    expirationEvent: record.expirationEvent ?? null,
    signedOn: record.signedOn,
    signedForm: record.writtenDocument ? { reference: record.writtenDocument.reference, contentType: record.writtenDocument.contentType } : null,
    rightToRevokeAcknowledged: record.rightToRevokeAcknowledged ?? false,
    recordedBy: { subject: record.recordedBy.subject, name: record.recordedBy.name },
    recordedAt: record.recordedAt,
    revocation:
      record.revokedAt && record.revokedBy
        ? { at: record.revokedAt, by: { subject: record.revokedBy.subject, name: record.revokedBy.name }, reason: record.revocationReason ?? '' }
        : null,
    fhirResource: JSON.stringify(toFhirConsent(record)),
  };
}

export function toNewConsent(input: ConsentInputBase, owner: AgencySystem, kind: ConsentKind, caller: Caller): NewConsent {
  return {
    owner,
    kind,
    personId: input.personId,
    subjectCapacity: input.subjectStanding,
    grantors: input.signers.map((s) => ({
      name: s.name,
      relationship: s.relationship,
      ...(s.relationship === 'minor-self' && { isMinor: true }),
      ...(s.flaggedAbuser && { flaggedAbuser: true }),
    })),
    actors: input.recipients.map((r) => ({
      kind: r.kind,
      reference: r.reference,
      display: r.display,
      ...(r.organization && { organization: r.organization }),
    })),
    purposes: input.purposes,
    dataClasses: input.dataClasses,
    period: { start: input.period.start, ...(input.period.end && { end: input.period.end }) },
    signedOn: input.signedOn,
    ...(input.signedForm && { writtenDocument: { reference: input.signedForm.reference, contentType: input.signedForm.contentType } }),
    rightToRevokeAcknowledged: input.rightToRevokeAcknowledged,
    ...(input.expirationEvent && { expirationEvent: input.expirationEvent }),
    recordedBy: { subject: caller.subject, name: caller.name },
  };
}
