/** Plain-text reports for the audit CLI: what a privacy officer reads, so no jargon beyond the law's. */
import type { AuditVerification } from './audit-store.js';
import type { AuditEntry } from './types.js';

const ANCHOR_NOTE =
  "  (Keep a copy of the newest entry's hash elsewhere: the chain alone cannot show its newest entries\n" +
  '  removed, or every entry from some point on rewritten and re-hashed.)';

export function formatVerification(chain: string, where: string, result: AuditVerification): string {
  const lines = [`Audit chain ${chain} (${where})`, `  entries checked: ${result.entries}`];
  if (result.ok && result.entries === 0) {
    lines.push('  result: EMPTY — nothing has been recorded in this chain (is the subgraph name right?).');
  } else if (result.ok) {
    lines.push('  result: INTACT — every entry hashes to its recorded hash and links to the entry before it.');
    if (result.head) lines.push(`  newest entry: ${result.head.sequence}, hash ${result.head.hash}`);
    lines.push(ANCHOR_NOTE);
  } else if (result.firstProblem) {
    const { sequence, kind, detail } = result.firstProblem;
    lines.push(
      `  result: BROKEN at entry ${sequence} (${kind})`,
      `  detail: ${detail}`,
      `  Entries before ${sequence} are intact; from ${sequence} on, nothing can be trusted until investigated.`,
    );
  }
  return lines.join('\n');
}

const recipient = (e: AuditEntry) =>
  `${e.actor.name} (${e.actor.subject}), ${e.actor.organization}, ${e.actor.roles.join('/')}`;
const purpose = (e: AuditEntry) =>
  e.breakGlass ? `${e.purposeOfUse} BREAK-GLASS: ${e.breakGlass.reason}` : e.purposeOfUse;

const COLUMNS: Array<[string, (e: AuditEntry) => string]> = [
  ['Recorded (UTC)', (e) => e.recordedAt.replace('T', ' ').replace(/\.\d+Z$/, '')],
  ['Decision', (e) => e.decision],
  ['Data owner', (e) => e.subgraph],
  ['Record', (e) => `${e.system}/${e.localId}`],
  ['Recipient', recipient],
  ['Purpose', purpose],
  ['Labels', (e) => e.labels.join(',') || '-'],
  ['Fields', (e) => e.fields.join(', ') || '-'],
  ['Basis', (e) => e.legalBasis],
  ['Request', (e) => e.requestId],
];

/** The accounting of disclosures (HIPAA 45 CFR 164.528) as a fixed-width table, newest first. */
export function formatAccounting(subject: string, entries: readonly AuditEntry[]): string {
  const count = `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`;
  const heading = `Accounting of disclosures for ${subject}: ${count}, newest first`;
  if (entries.length === 0) return heading;
  const cells = [COLUMNS.map(([title]) => title), ...entries.map((e) => COLUMNS.map(([, cell]) => cell(e)))];
  const widths = COLUMNS.map((_, col) => Math.max(...cells.map((row) => row[col].length)));
  const line = (row: string[]) => row.map((cell, col) => cell.padEnd(widths[col])).join('  ').trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [heading, '', line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}
