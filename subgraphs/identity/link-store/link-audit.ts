/**
 * Audit entries for link changes. A link says which agencies serve a person, so making, moving or
 * ending one is recorded like any disclosure: who, when, which person and record, and why (HIPAA
 * 45 CFR 164.312(b) audit controls; the linkage itself is health care operations, 164.501). The
 * change kind goes in `fields` (`AgencyLink.created`, `.superseded`, `.unmerged`,
 * `LinkReviewCandidate.accepted`, ...), the detail in `legalBasis`.
 */
import type { AuditDisclosure } from '../../shared/audit/types.js';
import type { Role } from '../../shared/security/caller.js';
import type { LinkActor } from './types.js';

export interface LinkChangeFacts {
  personId: string | null;
  system: string;
  localId: string;
  change: string;
  detail: string;
}

export function linkChangeEntry(actor: LinkActor, facts: LinkChangeFacts): AuditDisclosure {
  return {
    requestId: actor.requestId,
    subgraph: 'identity',
    actor: { subject: actor.subject, name: actor.name, organization: actor.organization, roles: actor.roles as Role[] },
    purposeOfUse: 'HOPERAT',
    personId: facts.personId,
    system: facts.system,
    localId: facts.localId,
    decision: 'PERMIT',
    labels: [],
    fields: [facts.change],
    legalBasis: facts.detail,
  };
}
