/** The child welfare agency's privacy officer fields: its accounting of disclosures and its break-glass review (shared/accounting/). */
import { AGENCY_SYSTEMS } from '../../adapters/port/agency-systems.js';
import { createPrivacyResolvers } from '../shared/accounting/privacy-resolvers.js';
import { ChildWelfarePersonType } from './types.js';

export const ChildWelfarePrivacyResolvers = createPrivacyResolvers(AGENCY_SYSTEMS.childWelfare, ChildWelfarePersonType);
