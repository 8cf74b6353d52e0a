/**
 * The readable report of `adapter:check`: one line per preflight step and per conformance check
 * (✓ passed, ✗ failed with the reason under it, - skipped with why), then a summary. Reasons
 * quote values only in known-answer mode (synthetic data); on an agency's own data they name
 * kinds and positions instead (`adapter-check.ts`), so the report holds no client data.
 */
import type { CheckOutcome } from '../conformance/index.js';
import type { CheckSink } from './adapter-check.js';

export interface ConsoleReport extends CheckSink {
  summary(ok: boolean): string;
}

export function consoleReport(write: (line: string) => void): ConsoleReport {
  const counts = { passed: 0, failed: 0, skipped: 0, steps: 0, stepsFailed: 0 };
  let headed = false;
  return {
    step(ok, text) {
      counts.steps++;
      if (!ok) counts.stepsFailed++;
      write(`${ok ? '✓' : '✗'} ${text}`);
    },
    outcome(outcome: CheckOutcome) {
      if (!headed) {
        write('\nConformance kit:');
        headed = true;
      }
      counts[outcome.status]++;
      const mark = outcome.status === 'passed' ? '✓' : outcome.status === 'failed' ? '✗' : '-';
      const ms = outcome.ms === undefined ? '' : ` (${outcome.ms} ms)`;
      write(`${mark} ${outcome.status === 'skipped' ? 'skipped: ' : ''}${outcome.name}${ms}`);
      if (outcome.reason) write(`    ${outcome.reason.replaceAll('\n', '\n    ')}`);
    },
    summary(ok) {
      const kit = `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
      const preflight = counts.stepsFailed === 0 ? 'preflight passed' : `${counts.stepsFailed} preflight step(s) failed`;
      return `\n${ok ? 'PASS' : 'FAIL'}: ${preflight}; conformance checks: ${kit}.`;
    },
  };
}
