/**
 * Compares one case's answer with the oracle: allowed ⇒ the labelled field is there and not
 * null (for SUD, with the person's conditions and the §2.32 notice citing the consent); denied ⇒
 * the field is null with exactly the uniform ACCESS_DENIED error, and nothing of the person's
 * protected data appears anywhere in the response. Returns problems, one sentence each.
 */
import type { ConsentRecord } from '../../../subgraphs/shared/consent/types.js';
import { ACCESS_DENIED, ACCESS_DENIED_MESSAGE } from '../../../subgraphs/shared/policy/access-denied.js';
import { PART2_NOTICE } from '../../../subgraphs/shared/policy/part2-notice.js';
import type { MatrixCase } from './cases.js';
import { readOwnerPolicyData } from './owner-policy-data.js';
import { FIELD_PATH } from './matrix-query.js';
import type { ExpectedOutcome } from './oracle.js';
import type { MatrixPerson } from './persons.js';
import type { CaseAnswer } from './run-matrix.js';

const DV_PROGRAM = readOwnerPolicyData('dv-shelter').organization;

const at = (data: unknown, path: readonly string[]) => path.reduce<any>((node, key) => (node == null ? node : node[key]), data);
const noticesOf = (answer: CaseAnswer) => (answer.body.extensions?.disclosureNotices ?? []) as Array<Record<string, string>>;
const appearsIn = (answer: CaseAnswer, value: string) => value !== '' && JSON.stringify(answer.body).includes(JSON.stringify(value));

export function checkAnswer(
  c: MatrixCase,
  person: MatrixPerson,
  expected: ExpectedOutcome,
  answer: CaseAnswer,
  forms: readonly ConsentRecord[],
): string[] {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(`${c.id} (${person.personId}): ${what}`);
  if (answer.status !== 200 || !answer.data) return [...problems, `${c.id}: no answer (HTTP ${answer.status}, ${JSON.stringify(answer.body.errors?.[0])})`];
  const foreign = (answer.body.errors ?? []).filter((e) => e.extensions?.code !== ACCESS_DENIED);
  if (foreign.length) fail(`errors other than ACCESS_DENIED in the response: ${JSON.stringify(foreign[0])}`);

  if (expected.allowed) {
    const value = at(answer.data, FIELD_PATH[c.label]);
    if (value == null) fail(`allowed (${expected.decisions.map((d) => d.because).join('; ')}) but ${FIELD_PATH[c.label].join('.')} is ${JSON.stringify(value)}`);
    if (answer.errors.length) fail(`allowed but errors: ${JSON.stringify(answer.errors)}`);
    if (c.label === 'SUD') {
      const shown = JSON.stringify(answer.data);
      const missing = person.sudDataIds.filter((id) => !shown.includes(JSON.stringify(id)));
      if (missing.length) fail(`allowed but substance use data missing: ${missing.join(', ')}`);
    }
    if (expected.part2NoticeFor) {
      const consent = `Consent/${expected.part2NoticeFor.id} (42 CFR Part 2 consent)`;
      const notice = noticesOf(answer).find((n) => n.consent === consent);
      if (!notice || notice.statement !== PART2_NOTICE || notice.regulation !== '42 CFR 2.32') fail(`SUD released without the §2.32 notice citing ${consent}`);
    }
    return problems;
  }

  const denied = expected.decisions.at(-1)!;
  const deniedPath = FIELD_PATH[denied.label === 'PSY' && c.label === 'SUD' ? 'PSY' : c.label];
  if (at(answer.data, deniedPath) !== null) fail(`denied (${denied.because}) but ${deniedPath.join('.')} is ${JSON.stringify(at(answer.data, deniedPath))}`);
  const uniform = answer.errors.length === 1 &&
    answer.errors[0].message === ACCESS_DENIED_MESSAGE &&
    answer.errors[0].extensions?.code === ACCESS_DENIED &&
    JSON.stringify(answer.errors[0].path) === JSON.stringify([answer.alias, ...deniedPath]);
  if (!uniform) fail(`denied (${denied.because}) but errors are not the one uniform ACCESS_DENIED at ${deniedPath.join('.')}: ${JSON.stringify(answer.errors)}`);
  // Nothing of what was denied anywhere in the response: not the record id, not a SUD datum.
  // Identity shows a DV link (with its local id) to the program's own staff whatever their role
  // (protected-links.ts): within the program that is no disclosure, so only the record is checked.
  const ownDvStaff = c.label === 'SDV' && answer.caller.organization === DV_PROGRAM;
  const withheld = (c.label === 'SUD' && denied.label === 'SUD') || ownDvStaff ? person.sudDataIds : [person.localId, ...person.sudDataIds];
  for (const value of withheld) if (appearsIn(answer, value)) fail(`denied but ${value} appears in the response`);
  // A notice citing this person's consent would itself say "this person has a Part 2 consent".
  const cited = forms.filter((f) => noticesOf(answer).some((n) => n.consent?.includes(f.id)));
  if (cited.length) fail(`denied but a disclosure notice cites Consent/${cited[0].id}`);
  if (c.label === 'SDV' && answer.caller.organization !== DV_PROGRAM && JSON.stringify(answer.data.links ?? []).includes('dv-shelter')) {
    fail('denied but a dv-shelter link is shown');
  }
  return problems;
}
