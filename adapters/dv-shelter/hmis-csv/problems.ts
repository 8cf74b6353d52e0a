/**
 * What is wrong with an export, said the way a data manager fixes it: file, line, column, rule.
 * A problem never quotes a field's value — it may be a survivor's name or birth date, and these
 * messages reach logs and `health().detail` (VAWA, 34 U.S.C. 12291(b)(2)).
 */
export interface ExportProblem {
  file: string;
  /** 1-based physical line of the file (the header is line 1), when the problem has one. */
  line?: number;
  column?: string;
  message: string;
}

export function formatProblem(p: ExportProblem): string {
  const where = `${p.file}${p.line !== undefined ? ` line ${p.line}` : ''}${p.column ? `, column ${p.column}` : ''}`;
  return `${where}: ${p.message}`;
}

/** Problems collected up to a limit; once full, reading stops and the export is rejected. */
export class ProblemList {
  readonly items: ExportProblem[] = [];
  omitted = 0;
  constructor(readonly limit = 20) {}

  add(problem: ExportProblem): void {
    if (this.items.length < this.limit) this.items.push(problem);
    else this.omitted++;
  }

  get full(): boolean {
    return this.items.length >= this.limit;
  }

  get any(): boolean {
    return this.items.length > 0;
  }
}

/** The whole export was refused; the snapshot that was serving keeps serving. */
export class HmisExportRejectedError extends Error {
  override name = 'HmisExportRejectedError';
  constructor(
    readonly directory: string,
    readonly problems: readonly ExportProblem[],
    /** Problems found past the limit before reading stopped (there may be more still). */
    readonly omitted = 0,
    /** Whether reading stopped at the limit, so the export was not checked to its end. */
    readonly stopped = false,
  ) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    const limit = stopped ? `, the limit: reading stopped there and ${omitted > 0 ? `at least ${omitted}` : 'perhaps'} more remain` : '';
    super(
      `HMIS CSV export in ${directory} rejected (${count}${limit}; nothing was loaded):\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
  }
}

export function rejectIfAny(directory: string, problems: ProblemList): void {
  if (problems.any) throw new HmisExportRejectedError(directory, problems.items, problems.omitted, problems.full);
}
