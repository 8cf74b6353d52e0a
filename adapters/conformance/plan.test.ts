/**
 * The plan outside vitest, as `npm run adapter:check` runs it: with known answers every check
 * runs and passes against the reference adapter; with observed answers (an agency's own data)
 * the checks needing known answers are skipped with their reason, the rest still catch an
 * adapter that misattributes answers.
 */
import { describe, expect, it } from 'vitest';
import { datasetFor, domainTable } from './domains.js';
import { observedExpectations } from './observed.js';
import { planConformance } from './plan.js';
import { runConformancePlan } from './run-plan.js';
import { createReference, fixtureOf, rewriteBatches } from './self-test-doubles.js';
import { withholdingValues } from './violation.js';

const options = { caseSensitiveIds: true };
const knownPlan = () =>
  planConformance('schools', { kind: 'known', data: datasetFor('schools', true), methods: domainTable('schools').methods as never }, options);
const studentIds = fixtureOf('schools').students.map((s) => s.localId);
const samples = Object.fromEntries(domainTable('schools').methods.map((m) => [m.name, studentIds]));

describe('the conformance plan run outside vitest', () => {
  it('runs every check of the vitest suite and passes the reference adapter', async () => {
    const plan = knownPlan();
    const outcomes = await runConformancePlan(plan, async () => createReference('schools', fixtureOf('schools')));
    expect(outcomes.filter((o) => o.status === 'failed')).toEqual([]);
    expect(outcomes.filter((o) => o.status === 'passed').length).toBe(plan.checks.length);
    expect(plan.checks.map((c) => c.name)).toContain('contract: studentsByIds: known keys answer exactly the records the store holds, in key order');
  });

  it('on own data skips the checks that need known answers, each with its reason, and passes the rest', async () => {
    const reference = createReference('schools', fixtureOf('schools'));
    const { expectations, problems } = await observedExpectations('schools', reference, samples);
    expect(problems).toEqual([]);
    const plan = planConformance('schools', expectations, options);
    const skippedForTruth = plan.skipped.filter((s) => s.reason.startsWith('needs known answers'));
    expect(skippedForTruth.map((s) => s.name)).toContain('contract: studentsByIds: known keys answer exactly the records the store holds, in key order');
    expect(plan.checks.map((c) => c.name)).toContain('contract: enrollmentsByStudentIds: a scrambled batch is answered in its own order');
    const outcomes = await runConformancePlan(plan, async () => createReference('schools', fixtureOf('schools')));
    expect(outcomes.filter((o) => o.status === 'failed')).toEqual([]);
    expect(outcomes.filter((o) => o.status === 'skipped').length).toBe(plan.skipped.length);
  });

  it('on own data still fails an adapter that answers a batch in the wrong order, with the reason', async () => {
    const reversed = () =>
      rewriteBatches('schools', createReference('schools', fixtureOf('schools')), (_keys, results) => [...results].reverse());
    // Single-key answers are unaffected by reversal: the expectations are right, the batches are not.
    const { expectations } = await observedExpectations('schools', reversed(), samples);
    const outcomes = await runConformancePlan(planConformance('schools', expectations, options), async () => reversed());
    const failed = outcomes.find((o) => o.name === 'contract: studentsByIds: a scrambled batch is answered in its own order');
    expect(failed?.status).toBe('failed');
    expect(failed?.reason).toMatch(/^studentsByIds: key .* at index \d+/);
  });

  it('reports a sampled key that fails when asked alone', async () => {
    const { problems, expectations } = await observedExpectations('schools', createReference('schools', fixtureOf('schools')), {
      studentsByIds: ['NOT-IN-THE-STORE', studentIds[0]],
    });
    expect(problems).toEqual(['studentsByIds: asked alone, key #1 of the sample ("NOT-IN-THE-STORE"), read from your system, answered null']);
    expect(expectations.methods.find((m) => m.name === 'studentsByIds')?.knownKeys(null)).toEqual([studentIds[0]]);
  });

  it('with values withheld (own data), a failure and a sample problem name positions and quote no value', async () => {
    const reversed = () =>
      rewriteBatches('schools', createReference('schools', fixtureOf('schools')), (_keys, results) => [...results].reverse());
    const { outcomes, problems } = await withholdingValues(async () => {
      const observed = await observedExpectations('schools', reversed(), { ...samples, studentsByIds: ['NOT-IN-THE-STORE', ...studentIds] });
      const run = await runConformancePlan(planConformance('schools', observed.expectations, options), async () => reversed());
      return { outcomes: run, problems: observed.problems };
    });
    const reasons = [...problems, ...outcomes.filter((o) => o.status === 'failed').map((o) => o.reason ?? '')];
    expect(reasons.length).toBeGreaterThan(1);
    expect(problems).toEqual(['studentsByIds: asked alone, key #1 of the sample (‹a string›), read from your system, answered null']);
    const failed = outcomes.find((o) => o.name === 'contract: studentsByIds: a scrambled batch is answered in its own order');
    expect(failed?.reason).toMatch(/^studentsByIds: key ‹a string› at index \d+ .*‹an object: localId, firstName/);
    // No id, name, date or code of the store appears in any reason.
    const values = fixtureOf('schools').students.flatMap((s) => Object.values(s).filter((v): v is string => typeof v === 'string' && v.length > 1));
    expect(values.length).toBeGreaterThan(10);
    for (const reason of reasons) expect(values.filter((v) => reason.includes(v))).toEqual([]);
  });
});
