/**
 * The paper form each case's person has on file, as the owner would record it: who signed, whom
 * it names, for which purposes and classes, for how long. One builder per consent state under
 * test; everything else about the form is valid, so each state differs from "active" in exactly
 * one way.
 */
import type { ConsentKind, DataClass, Grantor, NewConsent, SubjectCapacity } from '../../../subgraphs/shared/consent/types.js';
import type { PurposeOfUse } from '../../../subgraphs/shared/security/caller.js';
import type { MatrixCase } from './cases.js';
import { LABEL_SETTINGS, MATRIX_PURPOSES, OTHER_RECIPIENT_ORG, WRONG_PURPOSE, type MatrixLabel } from './dimensions.js';
import type { MatrixPerson } from './persons.js';

const DAY = 86_400_000;
export const dayOffset = (days: number, now = Date.now()) => new Date(now + days * DAY).toISOString().slice(0, 10);

/** Who recorded it: staff of the owner allowed to (who-may.ts). */
const RECORDED_BY = {
  'dv-shelter': { subject: 'dv-adv-0001', name: 'Rosa Delgado' },
  'behavioral-health': { subject: 'bh-clin-0001', name: 'Amara Okafor' },
  schools: { subject: 'sch-couns-0001', name: 'Minh Tran' },
} as const;

function signers(person: MatrixPerson, state: MatrixCase['consentState']): { capacity: SubjectCapacity; grantors: Grantor[] } {
  if (!person.minor) return { capacity: 'adult', grantors: [{ name: person.name, relationship: 'self' }] };
  const minor: Grantor = { name: person.name, relationship: 'minor-self', isMinor: true };
  const parent: Grantor = { name: person.parentName || `Parent of ${person.name}`, relationship: 'parent' };
  if (state === 'minor-without-parent') return { capacity: 'minor', grantors: [minor] };
  if (state === 'abuser-signed') return { capacity: 'minor', grantors: [minor, { ...parent, flaggedAbuser: true }] };
  return { capacity: 'minor', grantors: [minor, parent] };
}

interface FormOptions {
  kind: ConsentKind;
  dataClass: DataClass;
  recipient: string;
  purposes: PurposeOfUse[];
  state: MatrixCase['consentState'];
  person: MatrixPerson;
  now: number;
}

function form(o: FormOptions): NewConsent {
  const owner = o.kind === 'vawa-release' ? 'dv-shelter' : o.kind === 'ferpa-consent' ? 'schools' : 'behavioral-health';
  const expired = o.state === 'expired';
  // An expired form was signed 96 days ago and ran 86 days (under VAWA's 90-day limit).
  const start = dayOffset(expired ? -96 : -1, o.now);
  const end = dayOffset(expired ? -10 : 60, o.now);
  const { capacity, grantors } = signers(o.person, o.state);
  return {
    owner,
    kind: o.kind,
    subject: { system: owner, localId: o.person.localId },
    subjectCapacity: capacity,
    grantors,
    actors: [{ kind: 'organization', reference: o.recipient, display: o.recipient }],
    purposes: o.purposes,
    dataClasses: [o.dataClass],
    period: { start, end },
    signedOn: start,
    writtenDocument: { reference: `DocumentReference/matrix-${o.kind}-${o.person.localId}`, contentType: 'application/pdf' },
    rightToRevokeAcknowledged: true,
    recordedBy: RECORDED_BY[owner],
  };
}

/** The form the case's consent state stands for, or null for "none" and for labels with no consent. */
export function consentFormFor(c: MatrixCase, person: MatrixPerson, now = Date.now()): NewConsent | null {
  const kind = LABEL_SETTINGS[c.label].consentKind;
  if (c.consentState === 'none' || kind === null) return null;
  return form({
    kind,
    dataClass: c.label as DataClass,
    recipient: c.consentState === 'wrong-recipient' ? OTHER_RECIPIENT_ORG : LABEL_SETTINGS[c.label].recipient,
    purposes: [c.consentState === 'wrong-purpose' ? WRONG_PURPOSE : c.purpose],
    state: c.consentState,
    person,
    now,
  });
}

/**
 * SUD data sits inside the behavioral health record (PSY): for SUD cases a HIPAA authorization
 * naming the label's recipient for every matrix purpose is on file, so the Part 2 consent is what
 * the case varies. The no-SUD control gets the same.
 */
export function psyGateForm(label: MatrixLabel, person: MatrixPerson, now = Date.now()): NewConsent {
  return form({
    kind: 'hipaa-authorization',
    dataClass: 'PSY',
    recipient: LABEL_SETTINGS[label].recipient,
    purposes: [...MATRIX_PURPOSES],
    state: 'active',
    person,
    now,
  });
}
