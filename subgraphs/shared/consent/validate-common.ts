/**
 * What every consent must carry, whatever the law (the FHIR R4 Consent elements the hub relies on,
 * and the shared core of 42 CFR 2.31(a), 34 CFR 99.30(a)-(b), 45 CFR 164.508(c) and 34 U.S.C.
 * 12291(b)(2)): who it is about, who signed and when, who may receive, why, which information, a
 * well-formed period, and that it is not already expired (42 CFR 2.31(b)).
 */
import { PURPOSES_OF_USE, ROLES } from '../security/caller.js';
import { parseFhirDateTime, periodBounds } from './consent-period.js';
import type { ConsentRule } from './consent-rules.js';
import { CONSENT_KINDS, DATA_CLASSES, type ConsentActor, type NewConsent } from './types.js';
import { kindsHeldBy } from './who-may.js';

export const validateCommon: ConsentRule<NewConsent> = (consent, { now }) => {
  const problems: string[] = [];
  if (!(CONSENT_KINDS as readonly string[]).includes(consent.kind)) problems.push(`Unknown consent kind "${consent.kind}".`);
  else if (!kindsHeldBy(consent.owner).includes(consent.kind)) {
    problems.push(`${consent.owner} does not hold ${consent.kind} consents; record it with the owner the law gives it to.`);
  }
  if (!consent.personId && !consent.subject) problems.push('Name the person the consent is about (hub person id or local record).');
  if (consent.subject && consent.subject.system !== consent.owner) {
    problems.push(`The local record must be ${consent.owner}'s own (got ${consent.subject.system}).`);
  }
  if (consent.grantors.length === 0) problems.push('No one signed: record who signed the form.');
  if (consent.grantors.some((grantor) => !grantor.name?.trim())) problems.push('Every signer needs a name.');
  problems.push(...consent.actors.flatMap(actorProblems));
  if (consent.purposes.length === 0) problems.push('State at least one purpose of use.');
  for (const purpose of consent.purposes) {
    if (!(PURPOSES_OF_USE as readonly string[]).includes(purpose)) problems.push(`Unknown purpose of use "${purpose}".`);
  }
  if (consent.dataClasses.length === 0) problems.push('Describe the information covered (at least one data class).');
  for (const dataClass of consent.dataClasses) {
    if (!(DATA_CLASSES as readonly string[]).includes(dataClass)) problems.push(`Unknown data class "${dataClass}".`);
  }
  if (!consent.recordedBy?.subject) problems.push('Record who is entering the consent (recordedBy).');
  problems.push(...dateProblems(consent, now));
  return problems;
};

function actorProblems(actor: ConsentActor): string[] {
  const problems: string[] = [];
  if (!actor.reference?.trim() || !actor.display?.trim()) problems.push('Every recipient needs a reference and a name as written on the form.');
  if (actor.kind === 'role') {
    if (!actor.organization) problems.push(`Recipient role "${actor.reference}" must say in which organization.`);
    if (!(ROLES as readonly string[]).includes(actor.reference)) problems.push(`Unknown recipient role "${actor.reference}".`);
  }
  return problems;
}

function dateProblems(consent: NewConsent, now: Date): string[] {
  const signed = /^\d{4}-\d{2}-\d{2}$/.test(consent.signedOn) ? parseFhirDateTime(consent.signedOn, 'start') : undefined;
  if (!signed) return [`Date signed "${consent.signedOn}" must be a date (YYYY-MM-DD).`];
  const problems: string[] = [];
  if (signed.getTime() > now.getTime()) problems.push('The date signed is in the future.');
  let bounds;
  try {
    bounds = periodBounds(consent.period);
  } catch (error) {
    return [...problems, `${(error as Error).message}.`];
  }
  if (bounds.end && bounds.end.getTime() <= bounds.start.getTime()) problems.push('The period ends before it starts.');
  // The signature date is a local calendar day: allow the widest UTC offset (14 h) before flagging.
  if (bounds.start.getTime() < signed.getTime() - 14 * 3_600_000) problems.push('The period starts before the form was signed.');
  if (bounds.end && bounds.end.getTime() <= now.getTime()) problems.push('The consent has already expired (42 CFR 2.31(b); a release must be in force).');
  return problems;
}
