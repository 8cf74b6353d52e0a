import { describe, expect, it } from 'vitest';
import { createDisclosureRecorder } from '../audit/disclosure-recorder.js';
import type { Caller } from '../security/caller.js';
import { ACCESS_DENIED, ACCESS_DENIED_MESSAGE } from './access-denied.js';
import { deny, permit, type AccessRule } from './access-request.js';
import { guard } from './guard.js';
import { decide } from './owner-policy.js';
import { parsePolicy, PolicyFileError } from './policy-file.js';

const POLICY_YAML = `# DV program policy (test)
owner: dv-shelter
organization: dv-program
fields:
  Person.dvServices: [SDV]
minimumNecessary:
  dv-advocate: [SDV]
  caseworker: [SDV]
rules:
  SDV: release-on-file
`;

const caller = (over: Partial<Caller> = {}): Caller => ({
  subject: 'u1', name: 'U', organization: 'county-child-welfare', roles: ['caseworker'], purposeOfUse: 'COC', ...over,
});

function policyWith(rule: AccessRule) {
  return parsePolicy(POLICY_YAML, 'policy.yaml', { 'release-on-file': rule });
}

const request = (c: Caller) => ({
  facts: { caller: c, requestId: 'r1' }, owner: 'dv-shelter' as const, field: 'Person.dvServices',
  labels: ['SDV' as const], subject: { personId: 'P-1', localId: 'DV-1' }, at: new Date('2026-11-01T00:00:00Z'),
});

describe('policy decisions', () => {
  it('denies a role whose work does not need the label (minimum necessary)', async () => {
    const d = await decide(policyWith(async () => permit('x')), request(caller({ roles: ['school-counselor'] })));
    expect(d).toEqual({ permit: false, reason: expect.stringMatching(/minimum necessary/) });
  });

  it("permits the owner's own staff without a rule", async () => {
    const d = await decide(policyWith(async () => deny('no')), request(caller({ roles: ['dv-advocate'], organization: 'dv-program' })));
    expect(d).toEqual({ permit: true, basis: 'dv-shelter staff' });
  });

  it("lets the label's rule decide for everyone else", async () => {
    expect(await decide(policyWith(async () => permit('Consent/7')), request(caller()))).toEqual({ permit: true, basis: 'Consent/7' });
    expect(await decide(policyWith(async () => deny('no release')), request(caller()))).toEqual({ permit: false, reason: 'no release' });
  });
});

describe('guard', () => {
  it('audits a permit and lets the data through', async () => {
    const audit = createDisclosureRecorder('dv-shelter', { caller: caller(), requestId: 'r1' });
    await guard({ request: { caller: caller(), requestId: 'r1' }, policy: policyWith(async () => permit('Consent/7')), audit }, 'Person.dvServices', { personId: 'P-1', localId: 'DV-1' });
    expect(audit.recorded).toEqual([expect.objectContaining({ decision: 'PERMIT', legalBasis: 'Consent/7', labels: ['SDV'], fields: ['Person.dvServices'] })]);
  });

  it('audits a denial with its reason and throws the one uniform error', async () => {
    const audit = createDisclosureRecorder('dv-shelter', { caller: caller(), requestId: 'r1' });
    const ctx = { request: { caller: caller(), requestId: 'r1' }, policy: policyWith(async () => deny('no release on file')), audit };
    const withRecord = guard(ctx, 'Person.dvServices', { personId: 'P-1', localId: 'DV-1' });
    const withoutRecord = guard(ctx, 'Person.dvServices', { personId: 'P-2', localId: null });
    const errors = await Promise.all([withRecord.catch((e) => e), withoutRecord.catch((e) => e)]);
    for (const error of errors) {
      expect(error.message).toBe(ACCESS_DENIED_MESSAGE);
      expect(error.extensions).toEqual({ code: ACCESS_DENIED });
    }
    expect(audit.recorded.map((e) => [e.decision, e.legalBasis])).toEqual([['DENY', 'no release on file'], ['DENY', 'no release on file']]);
  });

  it('refuses an unlabelled field rather than guessing', async () => {
    const audit = createDisclosureRecorder('dv-shelter', { caller: caller(), requestId: 'r1' });
    const ctx = { request: { caller: caller(), requestId: 'r1' }, policy: policyWith(async () => permit('x')), audit };
    await expect(guard(ctx, 'Person.somethingElse', { personId: 'P-1', localId: null })).rejects.toThrow(/must be labelled/);
  });
});

describe('policy file', () => {
  const parse = (text: string) => () => parsePolicy(text, 'access-policy.yaml', { 'release-on-file': async () => permit('x') });

  it('names the line of an unknown label, role or rule', () => {
    expect(parse(POLICY_YAML.replace('[SDV]\nminimum', '[SDVX]\nminimum'))).toThrow(/access-policy\.yaml:5:\d+: unknown security label "SDVX"/);
    expect(parse(POLICY_YAML.replace('  caseworker: [SDV]', '  janitor: [SDV]'))).toThrow(/access-policy\.yaml:8:\d+: unknown role janitor/);
    expect(parse(POLICY_YAML.replace('release-on-file', 'trust-me'))).toThrow(/access-policy\.yaml:10:\d+: unknown rule "trust-me"/);
    expect(parse(POLICY_YAML.replace('owner: dv-shelter', 'owner: bank'))).toThrow(PolicyFileError);
  });
});
