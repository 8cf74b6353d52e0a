/** The DV program's privacy officer fields: its accounting of disclosures and its break-glass review (shared/accounting/). */
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { createPrivacyResolvers } from '../shared/accounting/privacy-resolvers.js';
import { DvShelterPersonType } from './types.js';

export const DvShelterPrivacyResolvers = createPrivacyResolvers(AGENCY_SYSTEMS.dvShelter, DvShelterPersonType);
