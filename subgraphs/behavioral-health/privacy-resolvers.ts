/** The behavioral health provider's privacy officer fields: its accounting of disclosures and its break-glass review (shared/accounting/). */
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { createPrivacyResolvers } from '../shared/accounting/privacy-resolvers.js';
import { BehavioralHealthPersonType } from './types.js';

export const BehavioralHealthPrivacyResolvers = createPrivacyResolvers(AGENCY_SYSTEMS.behavioralHealth, BehavioralHealthPersonType);
