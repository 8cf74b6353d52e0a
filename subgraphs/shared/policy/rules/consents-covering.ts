/**
 * The question every consent-based rule asks its owner's registry: which consents are in force at
 * the decision's moment for this record of this person, naming this caller (organization, role or
 * person), for the caller's purpose of use and this data class. Each rule then applies what its own
 * law adds (the kind of consent, VAWA's signatures).
 */
import type { AgencySystem } from '../../../../adapters/port/agency-systems.js';
import { recipientOf, type ConsentStore } from '../../consent/consent-store.js';
import type { ConsentRecord, DataClass } from '../../consent/types.js';
import type { AccessRequest } from '../access-request.js';

export function consentsCovering(
  consents: ConsentStore,
  owner: AgencySystem,
  { facts, subject, at }: Pick<AccessRequest, 'facts' | 'subject' | 'at'>,
  localId: string,
  dataClass: DataClass,
): Promise<ConsentRecord[]> {
  return consents.activeFor({
    owner,
    personId: subject.personId,
    subject: { system: owner, localId },
    recipient: recipientOf(facts.caller),
    purpose: facts.caller.purposeOfUse,
    dataClass,
    at,
  });
}
