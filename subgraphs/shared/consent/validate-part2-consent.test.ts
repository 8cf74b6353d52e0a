import { describe, expect, it } from 'vitest';
import { DEFAULT_CONSENT_RULES } from './consent-rules.js';
import { NOW, part2Consent } from './testing/sample-consents.js';
import type { NewConsent } from './types.js';
import { validateConsent } from './validate-consent.js';

const problems = (consent: NewConsent) => validateConsent(consent, { rules: DEFAULT_CONSENT_RULES, now: NOW });

describe('42 CFR Part 2 consent (§2.31)', () => {
  it('accepts a consent with every §2.31(a) element', () => {
    expect(problems(part2Consent())).toEqual([]);
  });

  it('accepts an expiration event in place of a date (§2.31(a)(7))', () => {
    expect(problems(part2Consent({ period: { start: '2026-04-01' }, expirationEvent: 'end of treatment' }))).toEqual([]);
  });

  it.each([
    ['patient (a)(1)', { personId: undefined }, /Name the person/],
    ['description of SUD information (a)(3)', { dataClasses: ['PSY'] }, /include data class SUD/],
    ['recipients (a)(4)', { actors: [] }, /Name the recipients/],
    ['purpose (a)(5)', { purposes: [] }, /at least one purpose/],
    ['right to revoke (a)(6)', { rightToRevokeAcknowledged: false }, /right to revoke/],
    ['expiration date or event (a)(7)', { period: { start: '2026-04-01' } }, /expiration date or event/],
    ['signature (a)(8)', { grantors: [] }, /No one signed/],
    ['date signed (a)(9)', { signedOn: '' }, /Date signed/],
    ['written form', { writtenDocument: undefined }, /must be written/],
  ] as const)('refuses a consent missing %s', (_element, overrides, message) => {
    expect(problems(part2Consent(overrides as Partial<NewConsent>))).toContainEqual(expect.stringMatching(message));
  });

  it('refuses an expired consent (§2.31(b))', () => {
    expect(problems(part2Consent({ period: { start: '2026-01-01', end: '2026-04-30' }, signedOn: '2026-01-01' }))).toEqual([
      expect.stringMatching(/already expired/),
    ]);
  });

  it('applies §2.14 to minors and §2.15 to patients with a guardian', () => {
    const minor = { name: 'Jo', relationship: 'minor-self', isMinor: true } as const;
    expect(problems(part2Consent({ subjectCapacity: 'minor-may-consent-alone', grantors: [minor] }))).toEqual([]);
    expect(problems(part2Consent({ subjectCapacity: 'minor', grantors: [minor] }))).toEqual([expect.stringMatching(/2\.14\(b\)/)]);
    expect(problems(part2Consent({ subjectCapacity: 'adult-with-guardian' }))).toEqual([expect.stringMatching(/2\.15/)]);
  });
});
