/**
 * Puts each case's consent state on file through the owner's registry, the way staff would:
 * active, wrong purpose and wrong recipient are recorded; revoked is recorded then revoked;
 * expired was recorded while in force; abuser-signed and minor-without-parent must be refused by
 * `record` (the refusal is kept for the test), then go in beneath validation so the matrix shows
 * the policy does not honour them either.
 */
import { ConsentRefusedError } from '../../../subgraphs/shared/consent/consent-errors.js';
import type { ConsentRecord } from '../../../subgraphs/shared/consent/types.js';
import type { MatrixCase } from './cases.js';
import { consentFormFor, psyGateForm } from './consent-forms.js';
import type { ConsentOwner, MatrixRegistries } from './matrix-registries.js';
import type { MatrixPeople } from './persons.js';

const DAY = 86_400_000;
const REFUSED_AT_RECORD = new Set<MatrixCase['consentState']>(['abuser-signed', 'minor-without-parent']);

export interface SeededConsents {
  /** Each case's forms as the registry holds them, for the oracle (which reads forms, never the store). */
  onFile: Map<string, ConsentRecord[]>;
  /** Cases whose form `record` refused, with the problems it named. */
  refusals: Map<string, string[]>;
  /** Cases whose form `record` accepted although the law forbids it. */
  wronglyAccepted: string[];
}

export async function seedConsents(registries: MatrixRegistries, cases: readonly MatrixCase[], people: MatrixPeople): Promise<SeededConsents> {
  const seeded: SeededConsents = { onFile: new Map(), refusals: new Map(), wronglyAccepted: [] };
  const now = Date.now();
  const put = (caseId: string, record: ConsentRecord) => seeded.onFile.set(caseId, [...(seeded.onFile.get(caseId) ?? []), record]);

  for (const c of cases) {
    const person = people.byCase.get(c.id)!;
    if (c.label === 'SUD') put(c.id, await registries.store('behavioral-health').record(psyGateForm(c.label, person, now)));
    const form = consentFormFor(c, person, now);
    if (!form) continue;
    const owner = form.owner as ConsentOwner;
    const store = registries.store(owner);
    if (c.consentState === 'expired') {
      put(c.id, await registries.recordedInThePast(owner, new Date(now - 95 * DAY), form));
    } else if (REFUSED_AT_RECORD.has(c.consentState)) {
      const problems = await refusal(() => store.record(form));
      if (problems) seeded.refusals.set(c.id, problems);
      else seeded.wronglyAccepted.push(c.id);
      put(c.id, await registries.insertBeneathValidation(form));
    } else if (c.consentState === 'revoked') {
      const recorded = await store.record(form);
      const by = form.recordedBy;
      put(c.id, await store.revoke(recorded.id, { by, reason: 'Client revoked in writing' }));
    } else {
      put(c.id, await store.record(form));
    }
  }
  await registries.store('behavioral-health').record(psyGateForm('SUD', people.noSudControl, now));
  return seeded;
}

async function refusal(attempt: () => Promise<unknown>): Promise<string[] | undefined> {
  try {
    await attempt();
    return undefined;
  } catch (error) {
    if (error instanceof ConsentRefusedError) return [...error.problems];
    throw error;
  }
}
