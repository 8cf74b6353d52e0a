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
    expect(problems).toEqual(['studentsByIds: asked alone, key "NOT-IN-THE-STORE" (read from the database) answered null']);
    expect(expectations.methods.find((m) => m.name === 'studentsByIds')?.knownKeys(null)).toEqual([studentIds[0]]);
  });
});
