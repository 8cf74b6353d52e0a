/**
 * The provider's consent registry through GraphQL: `Person.behavioralHealthConsents`,
 * `recordBehavioralHealthConsent`, `revokeBehavioralHealthConsent` (shared behaviour:
 * consent/graphql/consent-resolver.ts). It holds 42 CFR Part 2 consents (2.31) and HIPAA
 * authorizations (45 CFR 164.508); its clinicians and privacy officer manage them (who-may.ts).
 */
import { Field, InputType } from 'type-graphql';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { codeEnum } from '../shared/consent/graphql/consent-enums.js';
import { ConsentInputBase } from '../shared/consent/graphql/consent-inputs.js';
import { createConsentResolver } from '../shared/consent/graphql/consent-resolver.js';
import { BehavioralHealthPersonType } from './types.js';

type BehavioralHealthConsentKind = 'part2-consent' | 'hipaa-authorization';

const BehavioralHealthConsentKindEnum = codeEnum<BehavioralHealthConsentKind>(
  'BehavioralHealthConsentKind',
  'The kinds of consent a behavioral health provider holds.',
  {
    'part2-consent': { description: 'Consent to disclose substance use disorder records (42 CFR 2.31): needs SUD, purposes, recipients, the right to revoke and an expiration.' },
    'hipaa-authorization': { description: 'Authorization of a disclosure HIPAA does not otherwise permit (45 CFR 164.508), e.g. mental health information for case management.' },
  },
);

@InputType('BehavioralHealthConsentInput', { description: "A patient's signed Part 2 consent or HIPAA authorization." })
export class BehavioralHealthConsentInput extends ConsentInputBase {
  @Field(() => BehavioralHealthConsentKindEnum, { description: 'Which form this is; each has its own required elements.' })
  kind!: BehavioralHealthConsentKind;
}

export const BehavioralHealthConsentResolver = createConsentResolver({
  owner: AGENCY_SYSTEMS.behavioralHealth,
  personType: BehavioralHealthPersonType,
  inputType: BehavioralHealthConsentInput,
  kindOf: (input) => input.kind,
  labels: ['PSY', 'SUD'],
  names: { list: 'behavioralHealthConsents', record: 'recordBehavioralHealthConsent', revoke: 'revokeBehavioralHealthConsent' },
  noun: 'Part 2 consents and HIPAA authorizations',
});
