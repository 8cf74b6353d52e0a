/**
 * The district's FERPA consent registry through GraphQL: `Person.schoolConsents`,
 * `recordSchoolConsent`, `revokeSchoolConsent` (shared behaviour: consent/graphql/consent-resolver.ts).
 * A FERPA consent (34 CFR 99.30) is signed by the parent until the student turns 18 (99.5); the
 * district's counselors and privacy officer manage them (who-may.ts).
 */
import { InputType } from 'type-graphql';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { ConsentInputBase } from '../shared/consent/graphql/consent-inputs.js';
import { createConsentResolver } from '../shared/consent/graphql/consent-resolver.js';
import { SchoolsPersonType } from './types.js';

@InputType('FerpaConsentInput', {
  description: 'A signed, dated FERPA consent naming the records (EDU), the purpose and the recipients; a parent signs for a student under 18.',
})
export class FerpaConsentInput extends ConsentInputBase {}

export const SchoolConsentResolver = createConsentResolver({
  owner: AGENCY_SYSTEMS.schools,
  personType: SchoolsPersonType,
  inputType: FerpaConsentInput,
  kindOf: () => 'ferpa-consent',
  labels: ['EDU'],
  names: { list: 'schoolConsents', record: 'recordSchoolConsent', revoke: 'revokeSchoolConsent' },
  noun: 'FERPA consents',
});
