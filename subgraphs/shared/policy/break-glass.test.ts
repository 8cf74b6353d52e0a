import { describe, expect, it } from 'vitest';
import type { Caller } from '../security/caller.js';
import { accountingAccess } from './accounting-access.js';
import { deny } from './access-request.js';
import { decide } from './owner-policy.js';
import { parsePolicy } from './policy-file.js';

const POLICY = `owner: behavioral-health
organization: juniper-family-counseling
fields:
  Person.behavioralHealth: [PSY]
  Caseload.list: [PSY]
minimumNecessary:
  bh-clinician: [PSY]
rules:
  PSY: never
accountingReaders: [county-collaborative]
breakGlass:
  roles: [bh-clinician]
  labels: [PSY]
  purposes: [ETREAT]
  maxMinutes: 60
  basis: "HIPAA 45 CFR 164.506(c)(2) (emergency treatment)"
`;
const parse = (text: string) => parsePolicy(text, 'access-policy.yaml', { never: async () => deny('no authorization') });
const policy = parse(POLICY);
const AT = new Date('2026-11-25T18:00:00Z');
const minutesFromAt = (m: number) => new Date(AT.getTime() + m * 60_000).toISOString();

const erClinician = (over: Partial<Caller> = {}): Caller => ({
  subject: 'er-1', name: 'ER', organization: 'county-hospital-ed', roles: ['bh-clinician'], purposeOfUse: 'ETREAT',
  breakGlass: { reason: 'Unresponsive patient, overdose suspected', expiresAt: minutesFromAt(30) }, ...over,
});
const ask = (caller: Caller, personId = 'P-1') =>
  decide(policy, {
    facts: { caller, requestId: 'r1' }, owner: 'behavioral-health', field: 'Person.behavioralHealth',
    labels: ['PSY'], subject: { personId, localId: 'BH-1' }, at: AT,
  });

describe("break-glass, decided by the owner's own terms", () => {
  it('permits a declared emergency within the terms, naming the override as the basis', async () => {
    expect(await ask(erClinician())).toEqual({ permit: true, basis: 'BREAK-GLASS override: HIPAA 45 CFR 164.506(c)(2) (emergency treatment)' });
  });

  it('denies without a declaration, as the ordinary rule does', async () => {
    expect(await ask(erClinician({ breakGlass: undefined }))).toEqual({ permit: false, reason: 'no authorization' });
  });

  it.each([
    ['an empty reason', { breakGlass: { reason: '  ', expiresAt: minutesFromAt(30) } }, /no reason/],
    ['an ended window', { breakGlass: { reason: 'x', expiresAt: minutesFromAt(-1) } }, /window ended/],
    ['a window longer than the owner allows', { breakGlass: { reason: 'x', expiresAt: minutesFromAt(61) } }, /longer than .* 60 minutes/],
    ['an end that is not a time', { breakGlass: { reason: 'x', expiresAt: 'soon' } }, /not a time/],
    ['a role the owner does not list', { roles: ['caseworker' as const] }, /for bh-clinician only/],
    ['a non-emergency purpose', { purposeOfUse: 'COC' as const }, /not an emergency purpose/],
  ])('denies %s, keeping the ordinary rule reason too', async (_what, over, reason) => {
    const decision = await ask(erClinician(over));
    expect(decision.permit).toBe(false);
    expect(!decision.permit && decision.reason).toMatch(/^.+; break-glass: /);
    expect(!decision.permit && decision.reason).toMatch(reason);
  });

  it('never opens a list that is not about one person (a caseload)', async () => {
    expect(await ask(erClinician(), '')).toMatchObject({ permit: false, reason: expect.stringMatching(/one person, not a list/) });
  });

  it('denies at an owner that honours no override', async () => {
    const never = parse(POLICY.replace(/breakGlass:[\s\S]*$/, 'breakGlass: never\n'));
    const decision = await decide(never, { facts: { caller: erClinician(), requestId: 'r' }, owner: 'behavioral-health', field: 'Person.behavioralHealth', labels: ['PSY'], subject: { personId: 'P-1', localId: null }, at: AT });
    expect(decision).toMatchObject({ permit: false, reason: expect.stringMatching(/honours no emergency override/) });
  });
});

describe('breakGlass and accountingReaders in the policy file', () => {
  it('names the line of every mistake', () => {
    expect(() => parse(POLICY.replace('labels: [PSY]', 'labels: [PSY, SDV]'))).toThrow(/access-policy\.yaml:13:\d+: SDV can never be opened by break-glass: VAWA/);
    expect(() => parse(POLICY.replace('roles: [bh-clinician]', 'roles: [janitor]'))).toThrow(/access-policy\.yaml:12:\d+: unknown role "janitor"/);
    expect(() => parse(POLICY.replace('maxMinutes: 60', 'maxMinutes: 600'))).toThrow(/access-policy\.yaml:15:\d+: breakGlass.maxMinutes must be a whole number of minutes from 1 to 240/);
    expect(() => parse(POLICY.replace(/  basis: .*\n/, ''))).toThrow(/breakGlass.basis must name the legal basis/);
    expect(() => parse(POLICY.replace('  purposes: [ETREAT]\n', ''))).toThrow(/breakGlass.purposes must be a non-empty list/);
    expect(() => parse(POLICY.replace('maxMinutes: 60', 'maxMinutes: 60\n  always: true'))).toThrow(/access-policy\.yaml:16:\d+: unknown breakGlass key always/);
    expect(() => parse(POLICY.replace(/breakGlass:[\s\S]*$/, 'breakGlass: sometimes\n'))).toThrow(/access-policy\.yaml:11:\d+: breakGlass must be `never` or a map/);
    expect(() => parse(POLICY.replace('accountingReaders: [county-collaborative]', 'accountingReaders: county-collaborative'))).toThrow(/access-policy\.yaml:10:\d+: accountingReaders must be a list/);
  });

  it('refuses accountingReaders for an owner serving SDV (VAWA)', () => {
    const dv = POLICY.replace('owner: behavioral-health', 'owner: dv-shelter').replace('Person.behavioralHealth: [PSY]', 'Person.dvServices: [SDV]');
    expect(() => parse(dv.replace(/breakGlass:[\s\S]*$/, ''))).toThrow(/access-policy\.yaml:10:\d+: an owner serving SDV data lists no accountingReaders/);
  });
});

describe('who reads the accounting of disclosures', () => {
  const officer = (organization: string, roles: Caller['roles'] = ['privacy-officer']): Caller => ({
    subject: 'po', name: 'PO', organization, roles, purposeOfUse: 'HOPERAT',
  });

  it("is the owner's privacy officer and the listed organizations' privacy officers, nobody else", () => {
    expect(accountingAccess(policy, officer('juniper-family-counseling')).permit).toBe(true);
    expect(accountingAccess(policy, officer('county-collaborative')).permit).toBe(true);
    expect(accountingAccess(policy, officer('dv-program'))).toMatchObject({ permit: false, reason: expect.stringMatching(/neither/) });
    expect(accountingAccess(policy, officer('juniper-family-counseling', ['bh-clinician']))).toMatchObject({ permit: false, reason: expect.stringMatching(/not a privacy officer/) });
  });
});
