/**
 * A caseload is case data about every child on it: decided once by the agency's policy, then
 * audited child by child (one entry per child record released), so each child's accounting of
 * disclosures shows it. A denied caller gets the uniform ACCESS_DENIED.
 */
import type { CaseRecord, Caseworker } from '../../adapters/child-welfare/port.js';
import { accessDenied } from '../shared/policy/access-denied.js';
import { decide, labelsOf } from '../shared/policy/owner-policy.js';
import type { ChildWelfareRequestContext } from './context.js';

const FIELD = 'Caseworker.caseload';

export async function authorizedCaseload(ctx: ChildWelfareRequestContext, worker: Caseworker, cases: CaseRecord[]): Promise<CaseRecord[]> {
  const labels = labelsOf(ctx.policy, FIELD);
  const decision = await decide(ctx.policy, {
    facts: ctx.request,
    owner: ctx.policy.owner,
    field: FIELD,
    labels,
    subject: { personId: '', localId: null },
    at: new Date(),
  });
  const entry = (localId: string) => ({ personId: null, system: ctx.system, localId, labels, fields: [FIELD] });
  if (!decision.permit) {
    ctx.audit.recordDeny({ ...entry(worker.caseworkerId), legalBasis: decision.reason });
    throw accessDenied();
  }
  for (const c of cases) ctx.audit.recordPermit({ ...entry(c.childLocalId), legalBasis: decision.basis });
  return cases;
}
