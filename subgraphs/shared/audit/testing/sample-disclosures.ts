/** Synthetic disclosures for the audit tests: a caseworker reading a behavioral-health record. */
import type { RequestFacts } from '../../security/caller.js';
import type { AuditDisclosure } from '../types.js';

export const caseworkerFacts: RequestFacts = {
  requestId: 'req-0001',
  caller: {
    subject: 'user-cw-0002',
    name: 'Francisca De la Cruz',
    organization: 'county-child-welfare',
    roles: ['caseworker'],
    purposeOfUse: 'COC',
  },
};

export function sampleDisclosure(overrides: Partial<AuditDisclosure> = {}): AuditDisclosure {
  const { caller, requestId } = caseworkerFacts;
  return {
    requestId,
    subgraph: 'behavioral-health',
    actor: { subject: caller.subject, name: caller.name, organization: caller.organization, roles: caller.roles },
    purposeOfUse: caller.purposeOfUse,
    personId: 'P-000110',
    system: 'bh-ehr',
    localId: 'BH-000042',
    decision: 'PERMIT',
    labels: ['PSY'],
    fields: ['BehavioralHealthRecord.openEpisode', 'BehavioralHealthRecord.crisisPlanOnFile'],
    legalBasis: 'Consent/123',
    ...overrides,
  };
}

/** Chain names no other test run uses, so parallel files and reruns never share a table. */
let counter = 0;
export function uniqueChain(prefix = 't'): string {
  counter += 1;
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter}`;
}
