import { describe, expect, it } from 'vitest';
import { DEFAULT_CONSENT_RULES } from './consent-rules.js';
import { NOW, ferpaConsent } from './testing/sample-consents.js';
import type { NewConsent } from './types.js';
import { validateConsent } from './validate-consent.js';

const problems = (consent: NewConsent) => validateConsent(consent, { rules: DEFAULT_CONSENT_RULES, now: NOW });

describe('FERPA consent (34 CFR 99.30)', () => {
  it('accepts a signed, dated consent naming records, purpose and recipient', () => {
    expect(problems(ferpaConsent())).toEqual([]);
  });

  it.each([
    ['a written form (a)', { writtenDocument: undefined }, /must be written/],
    ['the records (b)(1)', { dataClasses: ['SOC'] }, /include data class EDU/],
    ['the purpose (b)(2)', { purposes: [] }, /purpose/],
    ['the recipients (b)(3)', { actors: [] }, /who may receive/],
    ['a date signed (a)', { signedOn: 'yesterday' }, /Date signed/],
  ] as const)('refuses a consent without %s', (_element, overrides, message) => {
    expect(problems(ferpaConsent(overrides as Partial<NewConsent>))).toContainEqual(expect.stringMatching(message));
  });

  it('takes the parent\'s signature for a minor and the student\'s once eligible (99.5)', () => {
    expect(problems(ferpaConsent({ grantors: [{ name: 'Jo', relationship: 'minor-self' }] }))).toEqual([expect.stringMatching(/parent/)]);
    expect(problems(ferpaConsent({ subjectCapacity: 'adult' }))).toEqual([expect.stringMatching(/eligible student/)]);
    expect(problems(ferpaConsent({ subjectCapacity: 'adult', grantors: [{ name: 'Jo', relationship: 'self' }] }))).toEqual([]);
  });
});
