/**
 * Run a conformance plan outside a test runner (`npm run adapter:check`): each check against a
 * fresh adapter, in order, one outcome per check with the violation's text as the reason.
 */
import type { ConformancePlan } from './plan.js';
import { ConformanceViolation, quotingValues } from './violation.js';

export interface CheckOutcome {
  name: string;
  group: string;
  status: 'passed' | 'failed' | 'skipped';
  /** Why it failed (the violation's message) or was skipped. */
  reason?: string;
  ms?: number;
}

export async function runConformancePlan(
  plan: ConformancePlan,
  createAdapter: () => Promise<object & { close?(): Promise<void> }>,
  onOutcome: (outcome: CheckOutcome) => void = () => {},
): Promise<CheckOutcome[]> {
  const outcomes: CheckOutcome[] = [];
  const report = (outcome: CheckOutcome) => (outcomes.push(outcome), onOutcome(outcome));
  for (const check of plan.checks) {
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    try {
      const adapter = await createAdapter();
      try {
        await check.run(adapter);
      } finally {
        await adapter.close?.();
      }
      report({ name: check.name, group: check.group, status: 'passed', ms: ms() });
    } catch (error) {
      report({ name: check.name, group: check.group, status: 'failed', reason: reasonOf(error), ms: ms() });
    }
  }
  for (const skipped of plan.skipped) report({ ...skipped, status: 'skipped' });
  return outcomes;
}

/**
 * A violation's message was built to respect `withholdingValues`; any other error's was not (a
 * driver's may quote a row), so with values withheld only its name is told.
 */
function reasonOf(error: unknown): string {
  if (error instanceof ConformanceViolation) return error.message;
  if (!(error instanceof Error)) return quotingValues() ? String(error) : 'a non-Error was thrown (withheld)';
  return quotingValues() ? `${error.name}: ${error.message}` : `${error.name} (its message is withheld: it may quote your records)`;
}
