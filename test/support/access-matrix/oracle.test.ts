/**
 * The oracle's reading of the law on a few hand-picked cases, so a misreading shows here in plain
 * words rather than as a thousand matrix disagreements.
 */
import { describe, expect, it } from 'vitest';
import type { ConsentRecord } from '../../../subgraphs/shared/consent/types.js';
import { organizationOf, type MatrixCase } from './cases.js';
import { callerOf, MATRIX_CASEWORKER } from './callers.js';
import { consentFormFor, psyGateForm } from './consent-forms.js';
import type { MatrixLabel, OrgKind } from './dimensions.js';
import { expectedOutcome } from './oracle.js';
import type { MatrixPerson } from './persons.js';

const person = (over: Partial<MatrixPerson> = {}): MatrixPerson => ({
  personId: 'P-1', localId: 'L-1', minor: true, name: 'Minor Client', parentName: 'Parent', sudDataIds: [], assignedCaseworkers: [], ...over,
});

function outcome(label: MatrixLabel, role: MatrixCase['role'], orgKind: OrgKind, purpose: MatrixCase['purpose'], consentState: MatrixCase['consentState'], who = person()) {
  const c: MatrixCase = { id: 'x', label, role, orgKind, organization: organizationOf(label, orgKind), purpose, consentState };
  const now = new Date();
  const asRecord = (form: NonNullable<ReturnType<typeof consentFormFor>>): ConsentRecord => ({
    ...form, id: 'c1', status: 'active', recordedAt: now.toISOString(),
    ...(consentState === 'revoked' ? { status: 'inactive', revokedAt: now.toISOString() } : {}),
  });
  const form = consentFormFor(c, who);
  const forms = [...(form ? [asRecord(form)] : []), ...(label === 'SUD' ? [asRecord(psyGateForm(label, who))] : [])];
  return expectedOutcome(c, callerOf(c), who, forms, now);
}

describe('the access matrix oracle', () => {
  it('SDV: only an active release naming the caller, never one with an abuser or without a parent', () => {
    expect(outcome('SDV', 'caseworker', 'recipient', 'COC', 'active').allowed).toBe(true);
    for (const state of ['none', 'expired', 'revoked', 'wrong-purpose', 'wrong-recipient', 'abuser-signed', 'minor-without-parent'] as const) {
      expect(outcome('SDV', 'caseworker', 'recipient', 'COC', state).allowed, state).toBe(false);
    }
    expect(outcome('SDV', 'caseworker', 'unrelated', 'COC', 'active').allowed).toBe(false);
    expect(outcome('SDV', 'dv-advocate', 'own', 'COC', 'none').allowed).toBe(true);
    expect(outcome('SDV', 'privacy-officer', 'own', 'COC', 'active').allowed).toBe(false);
  });

  it('SUD: no treatment exception; a consent brings the §2.32 notice', () => {
    expect(outcome('SUD', 'bh-clinician', 'unrelated', 'TREAT', 'none').allowed).toBe(false);
    const consented = outcome('SUD', 'caseworker', 'recipient', 'COC', 'active');
    expect(consented.allowed).toBe(true);
    expect(consented.part2NoticeFor?.id).toBe('c1');
    expect(outcome('SUD', 'supervisor', 'recipient', 'COC', 'active').decisions.at(-1)?.because).toMatch(/minimum necessary/);
  });

  it('PSY: another provider\'s clinician for treatment, else an authorization', () => {
    expect(outcome('PSY', 'bh-clinician', 'unrelated', 'TREAT', 'none').allowed).toBe(true);
    expect(outcome('PSY', 'bh-clinician', 'unrelated', 'COC', 'none').allowed).toBe(false);
    expect(outcome('PSY', 'caseworker', 'recipient', 'HOPERAT', 'active').allowed).toBe(true);
  });

  it('EDU: the assigned caseworker of the responsible agency without consent; others need one', () => {
    const assigned = person({ assignedCaseworkers: [MATRIX_CASEWORKER] });
    expect(outcome('EDU', 'caseworker', 'recipient', 'COC', 'none', assigned).allowed).toBe(true);
    expect(outcome('EDU', 'caseworker', 'recipient', 'COC', 'none').allowed).toBe(false);
    expect(outcome('EDU', 'bh-clinician', 'recipient', 'COC', 'active').allowed).toBe(true);
    expect(outcome('EDU', 'supervisor', 'recipient', 'COC', 'active').allowed).toBe(false);
  });

  it('SOC: child welfare staff whose work needs it, nobody else', () => {
    expect(outcome('SOC', 'supervisor', 'own', 'COC', 'none').allowed).toBe(true);
    expect(outcome('SOC', 'bh-clinician', 'recipient', 'TREAT', 'none').allowed).toBe(false);
  });
});
