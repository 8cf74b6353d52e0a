/**
 * Problems found in a mapping file, each at its line and column (`file:line:col: message`, the
 * form editors and CI logs link), collected so one run reports them all.
 */
import type { LineCounter, Node } from 'yaml';

export interface Position {
  line: number;
  col: number;
}

export interface MappingIssue extends Position {
  message: string;
}

export class MappingFileError extends Error {
  override name = 'MappingFileError';
  constructor(
    readonly file: string,
    readonly issues: MappingIssue[],
  ) {
    super(`${file}: the mapping is invalid:\n${issues.map((i) => `  ${formatIssue(file, i)}`).join('\n')}`);
  }
}

export function formatIssue(file: string, issue: MappingIssue): string {
  return `${file}:${issue.line}:${issue.col}: ${issue.message}`;
}

export class IssueList {
  readonly issues: MappingIssue[] = [];
  constructor(private readonly lines: LineCounter) {}

  positionOf(node: Node | null | undefined): Position {
    return this.lines.linePos(node?.range?.[0] ?? 0);
  }

  add(node: Node | null | undefined, message: string): void {
    this.issues.push({ ...this.positionOf(node), message });
  }

  addAt(position: Position, message: string): void {
    this.issues.push({ ...position, message });
  }
}

/** `a, b, c` for "expected one of" lists. */
export function oneOf(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}
