import { describe, expect, it } from 'vitest';
import { DEFAULT_CONSENT_RULES } from './consent-rules.js';
import { NOW, vawaRelease } from './testing/sample-consents.js';
import type { NewConsent } from './types.js';
import { validateConsent } from './validate-consent.js';

const problems = (consent: NewConsent, rules = DEFAULT_CONSENT_RULES) => validateConsent(consent, { rules, now: NOW });
const minorParent = { name: 'Pat Parent', relationship: 'parent' } as const;
const minorSelf = { name: 'Jo Minor', relationship: 'minor-self', isMinor: true } as const;

describe('VAWA release (34 U.S.C. 12291(b)(2); 28 CFR 90.4(b))', () => {
  it('accepts a written, time-limited release naming one recipient, signed by the survivor', () => {
    expect(problems(vawaRelease())).toEqual([]);
  });

  it('refuses an oral release (no signed form)', () => {
    expect(problems(vawaRelease({ writtenDocument: undefined }))).toEqual([expect.stringMatching(/must be written/)]);
  });

  it('refuses a release naming no recipient', () => {
    expect(problems(vawaRelease({ actors: [] }))).toEqual(['A VAWA release must name the recipient.']);
  });

  it('refuses two recipients on one release, unless the program allows it', () => {
    const two = vawaRelease({ actors: [...vawaRelease().actors, { kind: 'organization', reference: 'unified-school-district', display: 'District' }] });
    expect(problems(two)).toEqual([expect.stringMatching(/names one recipient; this one names 2/)]);
    expect(problems(two, { ...DEFAULT_CONSENT_RULES, vawaOneRecipientPerRelease: false })).toEqual([]);
  });

  it('refuses a release with no end date, or longer than the configured maximum', () => {
    expect(problems(vawaRelease({ period: { start: '2026-04-20' } }))).toEqual([expect.stringMatching(/time-limited/)]);
    expect(problems(vawaRelease({ period: { start: '2026-04-20', end: '2026-07-19' } }))).toEqual([
      'A VAWA release may run at most 90 days; this one runs 91.',
    ]);
    expect(problems(vawaRelease({ period: { start: '2026-04-20', end: '2026-05-19' } }), { ...DEFAULT_CONSENT_RULES, vawaMaxDays: 30 })).toEqual([]);
    expect(problems(vawaRelease({ period: { start: '2026-04-20', end: '2026-05-20' } }), { ...DEFAULT_CONSENT_RULES, vawaMaxDays: 30 })).toHaveLength(1);
  });

  it('refuses a release signed by a person flagged as the abuser', () => {
    const release = vawaRelease({ subjectCapacity: 'minor', grantors: [minorSelf, { ...minorParent, flaggedAbuser: true }] });
    expect(problems(release)).toEqual([
      expect.stringMatching(/flagged as the abuser/),
      'A minor\'s release needs one non-abusive parent or guardian as well.',
    ]);
  });

  it('needs the minor and a non-abusive parent for a minor', () => {
    expect(problems(vawaRelease({ subjectCapacity: 'minor', grantors: [minorSelf, minorParent] }))).toEqual([]);
    expect(problems(vawaRelease({ subjectCapacity: 'minor', grantors: [minorSelf] }))).toEqual([expect.stringMatching(/non-abusive parent/)]);
    expect(problems(vawaRelease({ subjectCapacity: 'minor', grantors: [minorParent] }))).toEqual([expect.stringMatching(/minor's own signature/)]);
  });

  it('lets a minor who may lawfully receive services alone sign alone', () => {
    expect(problems(vawaRelease({ subjectCapacity: 'minor-may-consent-alone', grantors: [minorSelf] }))).toEqual([]);
  });

  it('needs the guardian for an adult with a court-appointed guardian', () => {
    expect(problems(vawaRelease({ subjectCapacity: 'adult-with-guardian' }))).toEqual([expect.stringMatching(/guardian signs/)]);
    expect(problems(vawaRelease({ subjectCapacity: 'adult-with-guardian', grantors: [{ name: 'G', relationship: 'guardian' }] }))).toEqual([]);
  });

  it('refuses a release already expired, or recorded under the wrong owner', () => {
    expect(problems(vawaRelease({ period: { start: '2026-02-01', end: '2026-04-30' }, signedOn: '2026-02-01' }))).toEqual([
      expect.stringMatching(/already expired/),
    ]);
    expect(problems(vawaRelease({ owner: 'schools', subject: undefined }))).toEqual([expect.stringMatching(/schools does not hold vawa-release/)]);
  });
});
