/**
 * When a form on file lets a recipient have a label's data, read from the statutes as the design
 * states them — deliberately not from the hub's consent or policy code, which this oracle checks.
 * Shared by every law: written, signed before the period starts, in force now (started, not yet
 * ended — a date-only end runs through that day, UTC — and not revoked), naming the recipient's
 * organization, covering the purpose of the request and the label.
 */
import type { ConsentKind, ConsentRecord, Grantor } from '../../../subgraphs/shared/consent/types.js';
import type { MatrixCaller } from './callers.js';

const DAY = 86_400_000;

function inForce(form: ConsentRecord, now: Date): boolean {
  const start = Date.parse(form.period.start);
  const end = form.period.end === undefined ? Infinity : Date.parse(form.period.end) + (form.period.end.length === 10 ? DAY : 0);
  const revoked = form.revokedAt !== undefined && Date.parse(form.revokedAt) <= now.getTime();
  return !revoked && start <= now.getTime() && now.getTime() < end;
}

const names = (form: ConsentRecord, caller: MatrixCaller) =>
  form.actors.some((a) => a.kind === 'organization' && a.reference === caller.organization);

const signed = (grantors: readonly Grantor[], relationship: Grantor['relationship']) => grantors.some((g) => g.relationship === relationship);

/**
 * Who must sign, per law:
 * - VAWA (34 U.S.C. 12291(b)(2)): the adult survivor; for a minor, the minor AND a non-abusive
 *   parent or guardian; an abuser never, whatever else is on the form.
 * - Part 2 (42 CFR 2.14): the patient; a minor where state law needs a parent: minor and parent.
 * - HIPAA (164.502(g)) and FERPA (34 CFR 99.5): the adult; for a minor, the parent.
 */
function rightSigners(kind: ConsentKind, form: ConsentRecord): boolean {
  const minor = form.subjectCapacity === 'minor';
  const grantors = form.grantors;
  switch (kind) {
    case 'vawa-release': {
      if (grantors.some((g) => g.flaggedAbuser)) return false;
      return minor ? signed(grantors, 'minor-self') && (signed(grantors, 'parent') || signed(grantors, 'guardian')) : signed(grantors, 'self');
    }
    case 'part2-consent':
      return minor ? signed(grantors, 'minor-self') && signed(grantors, 'parent') : signed(grantors, 'self');
    case 'hipaa-authorization':
    case 'ferpa-consent':
      return minor ? signed(grantors, 'parent') || signed(grantors, 'guardian') : signed(grantors, 'self');
  }
}

/** Some form of this kind on file lets this caller have this label now. */
export function validConsentFor(kind: ConsentKind, label: string, forms: readonly ConsentRecord[], caller: MatrixCaller, now: Date): ConsentRecord | undefined {
  return forms.find(
    (form) =>
      form.kind === kind &&
      !!form.writtenDocument?.reference &&
      // VAWA: "reasonably time-limited" — a release with no end is no release.
      (kind !== 'vawa-release' || form.period.end !== undefined) &&
      // Part 2 (2.31(a)(6)) and HIPAA (164.508(c)(2)(i)): the form states the right to revoke.
      ((kind !== 'part2-consent' && kind !== 'hipaa-authorization') || form.rightToRevokeAcknowledged === true) &&
      inForce(form, now) &&
      names(form, caller) &&
      form.purposes.includes(caller.purpose) &&
      (form.dataClasses as readonly string[]).includes(label) &&
      rightSigners(kind, form),
  );
}
