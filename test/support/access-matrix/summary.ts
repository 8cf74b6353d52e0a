/** The short report the matrix prints: its size, what was pruned and why, outcomes per label. */
import type { GeneratedMatrix } from './cases.js';
import { MATRIX_LABELS } from './dimensions.js';
import type { ExpectedOutcome } from './oracle.js';
import type { MatrixRun } from './run-matrix.js';

export function matrixSummary(matrix: GeneratedMatrix, expected: ReadonlyMap<string, ExpectedOutcome>, run: MatrixRun, ms: number): string {
  const rows = MATRIX_LABELS.map((label) => {
    const cases = matrix.cases.filter((c) => c.label === label);
    const allowed = cases.filter((c) => expected.get(c.id)!.allowed).length;
    return `  ${label}: ${cases.length} cases, ${allowed} allowed, ${cases.length - allowed} denied`;
  });
  const allowed = [...expected.values()].filter((e) => e.allowed).length;
  return [
    `Access matrix: ${matrix.cases.length} cases (of a ${matrix.product}-cell product), ${allowed} allowed, ${matrix.cases.length - allowed} denied; ${run.requests} gateway requests in ${(ms / 1000).toFixed(1)} s` +
      (run.retried ? ` (${run.retried} sent again after SUBGRAPH_UNAVAILABLE)` : ''),
    ...Object.entries(matrix.pruned).map(([reason, count]) => `  pruned ${count}: ${reason}`),
    ...rows,
  ].join('\n');
}
