/**
 * The DV program's release registry through GraphQL: `Person.dvReleases`, `recordDvRelease`,
 * `revokeDvRelease` (shared behaviour: consent/graphql/consent-resolver.ts). A VAWA release
 * (34 U.S.C. 12291(b)(2); 28 CFR 90.4(b)) is recorded by the survivor's advocate; the advocate and
 * the program's privacy officer list and revoke (who-may.ts).
 */
import { InputType } from 'type-graphql';
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { ConsentInputBase } from '../shared/consent/graphql/consent-inputs.js';
import { createConsentResolver } from '../shared/consent/graphql/consent-resolver.js';
import { DvShelterPersonType } from './types.js';

@InputType('VawaReleaseInput', {
  description:
    "A survivor's signed release of the DV program's information: written, naming one recipient, covering SDV, ending within 90 days, never signed by the person flagged as the abuser; a minor signs with one non-abusive parent or guardian.",
})
export class VawaReleaseInput extends ConsentInputBase {}

export const DvReleaseResolver = createConsentResolver({
  owner: AGENCY_SYSTEMS.dvShelter,
  personType: DvShelterPersonType,
  inputType: VawaReleaseInput,
  kindOf: () => 'vawa-release',
  labels: ['SDV'],
  names: { list: 'dvReleases', record: 'recordDvRelease', revoke: 'revokeDvRelease' },
  noun: 'VAWA releases',
});
