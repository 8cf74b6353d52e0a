/**
 * "No audit, no data", checked case by case: every decision the oracle expects — disclosure or
 * denial — is an entry in the owner's own chain, for this person, this caller (subject,
 * organization, purpose), this label and field, and the request id the gateway returned; and no
 * entry says the opposite.
 */
import type { AuditEntry } from '../../../subgraphs/shared/audit/types.js';
import type { MatrixCase } from './cases.js';
import { LABEL_SETTINGS } from './dimensions.js';
import type { ExpectedOutcome } from './oracle.js';
import type { MatrixPerson } from './persons.js';
import type { CaseAnswer } from './run-matrix.js';

/** Entries of one request about one person, from all owners' chains. */
export type AuditIndex = Map<string, AuditEntry[]>;

const indexKey = (requestId: string, personId: string | null) => `${requestId}|${personId}`;

export function indexAudit(chains: ReadonlyArray<readonly AuditEntry[]>): AuditIndex {
  const index: AuditIndex = new Map();
  for (const entry of chains.flat()) {
    const key = indexKey(entry.requestId, entry.personId);
    index.set(key, [...(index.get(key) ?? []), entry]);
  }
  return index;
}

export function checkAudit(c: MatrixCase, person: MatrixPerson, expected: ExpectedOutcome, answer: CaseAnswer, index: AuditIndex): string[] {
  const problems: string[] = [];
  const entries = index.get(indexKey(answer.requestId, person.personId)) ?? [];
  const { caller } = answer;
  for (const d of expected.decisions) {
    const owner = LABEL_SETTINGS[d.label].owner;
    const about = entries.filter((e) => e.subgraph === owner && e.fields.includes(d.field));
    const match = about.find(
      (e) =>
        e.decision === (d.permit ? 'PERMIT' : 'DENY') &&
        e.labels.includes(d.label) &&
        e.actor.subject === caller.subject &&
        e.actor.organization === caller.organization &&
        e.actor.roles.includes(caller.role) &&
        e.purposeOfUse === caller.purpose,
    );
    const verb = d.permit ? 'disclosure' : 'denial';
    if (!match) problems.push(`${c.id} (${person.personId}): no ${verb} of ${d.field} in ${owner}'s audit for request ${answer.requestId}`);
    const contrary = about.filter((e) => e.decision !== (d.permit ? 'PERMIT' : 'DENY'));
    if (contrary.length) problems.push(`${c.id}: ${owner}'s audit also says ${contrary[0].decision} for ${d.field} (${contrary[0].legalBasis})`);
  }
  return problems;
}
