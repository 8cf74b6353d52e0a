import { expect } from 'vitest';
import { ACCESS_DENIED, ACCESS_DENIED_MESSAGE } from '../../subgraphs/shared/policy/access-denied.js';

/**
 * A caseload legitimately carries denials: a child whose DV program holds no release naming the
 * caller gets `dvServices: null` with ACCESS_DENIED. Assert every error is exactly that denial.
 */
export function expectOnlyDenials(errors: Array<{ message: string; extensions?: Record<string, unknown> }> | undefined): void {
  for (const error of errors ?? []) {
    expect(error).toMatchObject({ message: ACCESS_DENIED_MESSAGE, extensions: { code: ACCESS_DENIED } });
  }
}
