/**
 * The audit CLI for operators and privacy officers:
 *
 *   tsx subgraphs/shared/audit/cli.ts verify --database-url postgres://... --subgraph dv-shelter
 *   tsx subgraphs/shared/audit/cli.ts accounting --person P-000110 --pglite-dir ./audit-data
 *   tsx subgraphs/shared/audit/cli.ts accounting --break-glass --from 2026-11-01   (the override review)
 *
 * verify exits 0 when every chain is intact, 1 when one is broken, 2 when it cannot run.
 * accounting prints a person's (or one agency record's) accounting of disclosures, HIPAA 45 CFR
 * 164.528, across every subgraph's chain unless --subgraph narrows it.
 */
import { existsSync } from 'node:fs';
import { embeddedAuditDir } from './audit-from-env.js';
import { Command, CommanderError, Option } from 'commander';
import { SUBGRAPH_NAMES } from '../../registry.js';
import type { AuditQuery, AuditStore } from './audit-store.js';
import { auditTableName } from './audit-table.js';
import { formatAccounting, formatVerification } from './cli-report.js';
import { createPgClient } from '../sql/pg-client.js';
import { createPgliteClient } from '../sql/pglite-client.js';
import { createSqlAuditStore } from './sql-audit-store.js';
import type { AuditDecision, AuditEntry } from './types.js';

interface SourceOptions {
  databaseUrl?: string;
  pgliteDir?: string;
  subgraph: string[];
  json?: boolean;
}

interface AccountingOptions extends SourceOptions {
  person?: string;
  system?: string;
  localId?: string;
  from?: string;
  to?: string;
  decision?: AuditDecision;
  breakGlass?: boolean;
}

function withSource(command: Command): Command {
  return command
    .addOption(
      new Option('--database-url <url>', 'Postgres holding the audit tables').env('AUDIT_DATABASE_URL'),
    )
    .option('--pglite-dir <dir>', 'a PGlite data directory instead of Postgres (wins over --database-url)')
    .option('--subgraph <names...>', 'the chains (subgraphs) to read', [...SUBGRAPH_NAMES])
    .option('--json', 'print JSON instead of text');
}

/** Runs `work` on each chain named by --subgraph, over one connection to the database. */
async function eachChain<T>(
  options: SourceOptions,
  work: (chain: string, store: AuditStore, where: string) => Promise<T>,
): Promise<T[]> {
  const { databaseUrl, pgliteDir } = options;
  if (!databaseUrl && !pgliteDir) return eachEmbeddedChain(options, work);
  const client = pgliteDir
    ? createPgliteClient({ dataDir: pgliteDir })
    : createPgClient({ connectionString: databaseUrl! });
  try {
    const results: T[] = [];
    for (const chain of options.subgraph) {
      const store = createSqlAuditStore({ client, chain, closeClient: false });
      results.push(await work(chain, store, `table ${auditTableName(chain)} on ${client.description}`));
    }
    return results;
  } finally {
    await client.close();
  }
}

/**
 * Without --database-url or --pglite-dir: the embedded databases `npm start` keeps, one per
 * subgraph in .data/db/<subgraph>/ (stop the hub first: an embedded database has one user).
 */
async function eachEmbeddedChain<T>(
  options: SourceOptions,
  work: (chain: string, store: AuditStore, where: string) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  for (const chain of options.subgraph) {
    const dataDir = embeddedAuditDir(chain);
    if (!existsSync(dataDir)) continue;
    const client = createPgliteClient({ dataDir });
    try {
      const store = createSqlAuditStore({ client, chain, closeClient: false });
      results.push(await work(chain, store, `table ${auditTableName(chain)} in ${dataDir}`));
    } finally {
      await client.close();
    }
  }
  if (results.length === 0) throw new Error('No audit found: give --database-url (or AUDIT_DATABASE_URL) or --pglite-dir, or run `npm start` first.');
  return results;
}

async function verify(options: SourceOptions): Promise<void> {
  const reports = await eachChain(options, async (chain, store, where) => ({
    chain,
    where,
    result: await store.verify(),
  }));
  const text = reports.map((r) => formatVerification(r.chain, r.where, r.result)).join('\n\n');
  console.log(options.json ? JSON.stringify(reports, null, 2) : text);
  process.exitCode = reports.every(({ result }) => result.ok) ? 0 : 1;
}

async function accounting(options: AccountingOptions): Promise<void> {
  const { person, system, localId, from, to, decision, breakGlass } = options;
  if (!person && !(system && localId) && !breakGlass) throw new Error('Give --person, or --system with --local-id, or --break-glass');
  // A bare date as the upper bound means the whole of that day.
  const until = to && /^\d{4}-\d{2}-\d{2}$/.test(to) ? `${to}T23:59:59.999Z` : to;
  const query: AuditQuery = { personId: person, system, localId, from, to: until, decision, breakGlass };
  const found = (await eachChain(options, (_chain, store) => store.disclosuresFor(query))).flat();
  const entries = found.sort(
    (a: AuditEntry, b: AuditEntry) =>
      b.recordedAt.localeCompare(a.recordedAt) || a.subgraph.localeCompare(b.subgraph) || b.sequence - a.sequence,
  );
  const subject = person ?? (system && localId ? `${system}/${localId}` : 'every person, break-glass requests only');
  console.log(options.json ? JSON.stringify(entries, null, 2) : formatAccounting(subject, entries));
}

const program = new Command('audit')
  .description("Verify and read the hub's disclosure audit chains (HIPAA 45 CFR 164.312(b), 164.528).")
  .showHelpAfterError()
  // Usage errors exit 2, not commander's 1, which here means "a chain is broken".
  .exitOverride();

withSource(program.command('verify'))
  .description('Re-hash each chain and report the first edited, deleted, reordered or inserted entry.')
  .action(verify);

withSource(program.command('accounting'))
  .description("List the disclosures and denials of one person's (or one record's) data, newest first.")
  .option('--person <id>', 'hub person id, e.g. P-000110')
  .option('--system <system>', 'agency system (with --local-id)')
  .option('--local-id <id>', "the record's id in that system")
  .option('--from <date>', 'earliest time, ISO-8601 (UTC)')
  .option('--to <date>', 'latest time, ISO-8601 (a bare date includes the whole day)')
  .addOption(new Option('--decision <decision>', 'only permits or only denials').choices(['PERMIT', 'DENY']))
  .option('--break-glass', "only requests made under an emergency override (the privacy officer's review); alone, for every person")
  .action(accounting);

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2; // commander has printed the message or the help
  } else {
    console.error(`audit: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
