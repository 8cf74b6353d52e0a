/**
 * The generated access matrix (issue #3): every role × organization × consent state × purpose ×
 * label the law distinguishes, each case a distinct synthetic person with its consent state on
 * file, asked through the gateway of a running hub as that caller. Expected outcomes come from an
 * oracle written from the law (support/access-matrix/oracle.ts), not from the policy code.
 * Checked: no disclosure the law forbids, every one it allows, the §2.32 notice with SUD data,
 * every decision in the owner's audit chain, and denied DV/SUD people indistinguishable from
 * people with no such records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { generateCases, type GeneratedMatrix } from '../support/access-matrix/cases.js';
import { callerOf } from '../support/access-matrix/callers.js';
import { checkAnswer } from '../support/access-matrix/check-answer.js';
import { checkAudit, indexAudit } from '../support/access-matrix/check-audit.js';
import { checkProbing, isProbe } from '../support/access-matrix/check-probing.js';
import { openMatrixRegistries, type MatrixRegistries } from '../support/access-matrix/matrix-registries.js';
import { expectedOutcome, type ExpectedOutcome } from '../support/access-matrix/oracle.js';
import { choosePeople, type MatrixPeople } from '../support/access-matrix/persons.js';
import { runMatrix, type MatrixRun } from '../support/access-matrix/run-matrix.js';
import { seedConsents, type SeededConsents } from '../support/access-matrix/seed-consents.js';
import { matrixSummary } from '../support/access-matrix/summary.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

// Large enough that every case gets a person of its own (about 560 DV clients, 510 SUD patients).
const population = generatePopulation({ size: 25_000 });

describe('the access matrix through the gateway', () => {
  let hub: InProcessHub;
  let registries: MatrixRegistries;
  let matrix: GeneratedMatrix;
  let people: MatrixPeople;
  let seeded: SeededConsents;
  let run: MatrixRun;
  const expected = new Map<string, ExpectedOutcome>();

  beforeAll(async () => {
    matrix = generateCases();
    people = choosePeople(population, matrix.cases);
    registries = openMatrixRegistries();
    hub = await startInProcessHub({ population, consentStores: registries.hubStores() });
    seeded = await seedConsents(registries, matrix.cases, people);
    const started = Date.now();
    run = await runMatrix(hub, matrix.cases, people);
    const now = new Date();
    for (const c of matrix.cases) {
      expected.set(c.id, expectedOutcome(c, callerOf(c), people.byCase.get(c.id)!, seeded.onFile.get(c.id) ?? [], now));
    }
    console.log(matrixSummary(matrix, expected, run, Date.now() - started));
  }, 240_000); // about a minute on an idle 2-core machine; generous for a loaded one
  afterAll(async () => {
    await hub?.close();
    await registries?.close();
  });

  it('has at least 1,000 cases, each with a person of its own, and both outcomes for every label', () => {
    expect(matrix.cases.length).toBeGreaterThanOrEqual(1000);
    expect(new Set([...people.byCase.values()].map((p) => p.personId)).size).toBe(matrix.cases.length);
    for (const label of ['SDV', 'SUD', 'PSY', 'EDU', 'SOC']) {
      const outcomes = new Set(matrix.cases.filter((c) => c.label === label).map((c) => expected.get(c.id)!.allowed));
      expect([...outcomes].sort(), label).toEqual([false, true]);
    }
  });

  it('refuses to record the releases the law forbids: signed by the abuser, or a minor without a parent', () => {
    expect(seeded.wronglyAccepted).toEqual([]);
    const refused = matrix.cases.filter((c) => c.consentState === 'abuser-signed' || c.consentState === 'minor-without-parent');
    for (const c of refused) {
      const problems = seeded.refusals.get(c.id) ?? [];
      expect(problems.join(' '), c.id).toMatch(c.consentState === 'abuser-signed' ? /abuser/ : /parent or guardian/);
    }
  });

  it('answers every case as the law says: no unauthorized disclosure, every allowed one present', () => {
    const problems = matrix.cases.flatMap((c) =>
      checkAnswer(c, people.byCase.get(c.id)!, expected.get(c.id)!, run.answers.get(c.id)!, seeded.onFile.get(c.id) ?? []),
    );
    expect(problems.slice(0, 25), `${problems.length} problems`).toEqual([]);
  });

  it("writes every disclosure and every denial to the owner's audit chain, and the chains verify", async () => {
    const owners = ['dv-shelter', 'behavioral-health', 'schools', 'child-welfare'] as const;
    const index = indexAudit(await Promise.all(owners.map((o) => hub.auditStores[o].disclosuresFor({}))));
    const problems = matrix.cases.flatMap((c) => checkAudit(c, people.byCase.get(c.id)!, expected.get(c.id)!, run.answers.get(c.id)!, index));
    expect(problems.slice(0, 25), `${problems.length} problems`).toEqual([]);
    for (const owner of owners) expect((await hub.auditStores[owner].verify()).ok, owner).toBe(true);
  });

  it('answers a denied caller about a DV or SUD person exactly as about a person with none', () => {
    const probes = matrix.cases.filter((c) => isProbe(c, expected.get(c.id)!.allowed));
    expect(probes.length).toBeGreaterThan(500);
    const problems = probes.flatMap((c) => checkProbing(c, run.answers.get(c.id)!));
    expect(problems.slice(0, 25), `${problems.length} problems`).toEqual([]);
  });
});
