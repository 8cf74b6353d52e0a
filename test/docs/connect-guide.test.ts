/**
 * adapters/CONNECT-YOUR-SYSTEM.md, followed literally as a new agency IT team would: every command
 * block names scripts and files that exist; then, against a fresh MariaDB database, the example's
 * schema and seed files the guide loads, and `npm run adapter:check` with exactly the variables
 * and flags the guide exports, as a child process: it must pass and print the report. The same
 * run without --seeded-with (an agency's own data) must pass too, naming what it skipped; and
 * an empty copy of the schema seeded with the guide's `npm run seed:sql` command passes as well.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueIdentifier } from '../../adapters/sql/identifier.js';
import { splitStatements } from '../../adapters/sql/migrate.js';
import { createMysqlKysely, dropMysqlDatabase, ensureMysqlDatabase } from '../../adapters/sql/mysql-connection.js';
import { DEFAULT_TEST_MARIADB_URL, probeMariadb, redactUrl } from '../../adapters/sql/probe.js';
import { skipUnlessAvailable } from '../support/availability.js';
import { leadingAssignments, repoPaths, shellBlocks, words } from './guide-commands.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const guidePath = join(root, 'adapters/CONNECT-YOUR-SYSTEM.md');
const guide = readFileSync(guidePath, 'utf8');
const blocks = shellBlocks(guide);
const commands = blocks.flat();
const scripts = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: object }).scripts);

describe('the guide refers only to what exists', () => {
  it('has the command blocks a reader follows', () => {
    expect(commands.length).toBeGreaterThanOrEqual(8);
  });

  it('every npm script it runs is in package.json', () => {
    const used = commands.flatMap((c) => [...c.line.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]));
    expect(used).toContain('adapter:check');
    expect(used.filter((s) => !scripts.includes(s))).toEqual([]);
  });

  it('every file it names exists, or is made by an earlier `npm run adapter:new` in the guide', () => {
    const made: string[] = [];
    const missing: string[] = [];
    for (const { line } of commands) {
      const scaffold = /npm run adapter:new -- --domain (\S+) --name (\S+)/.exec(line);
      if (scaffold) made.push(`adapters/${scaffold[1]}/${scaffold[2]}`);
      for (const path of repoPaths(line)) {
        if (!existsSync(join(root, path)) && !made.some((dir) => path.startsWith(dir))) missing.push(`${path} (in: ${line})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every relative link resolves', () => {
    const links = [...guide.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((l) => !/^https?:/.test(l));
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((link) => !existsSync(resolve(dirname(guidePath), link)))).toEqual([]);
  });
});

const uri = process.env.HUB_TEST_MARIADB_URL ?? DEFAULT_TEST_MARIADB_URL;
const skip = skipUnlessAvailable(`MariaDB at ${redactUrl(uri)}`, await probeMariadb(uri));
const run = promisify(execFile);

/** The guide's example database name, replaced by a fresh one per run. */
const GUIDE_DATABASE = 'county_sis';

describe.skipIf(skip)('following the guide against a county SIS on MariaDB', () => {
  const database = uniqueIdentifier('hub_test_guide');
  const url = new URL(uri);
  url.pathname = `/${database}`;
  const ours = (value: string, databaseUrl = url.toString()) => value.replace(/mysql:\/\/[^/\s]+\/county_sis\b/, databaseUrl);

  beforeAll(async () => {
    await ensureMysqlDatabase(uri, database);
    // Section 3: the files the guide pipes into `mysql … county_sis < file`, in its order.
    const loads = commands.filter((c) => c.line.startsWith('mysql') && c.line.includes(`${GUIDE_DATABASE} <`));
    expect(loads.map((c) => repoPaths(c.line)[0])).toEqual([
      'adapters/config/examples/county-sis/schema.sql',
      'adapters/config/examples/county-sis/seed.sql',
    ]);
    const db = createMysqlKysely({ uri, database, connectionLimit: 1 });
    try {
      for (const { line } of loads) {
        for (const statement of splitStatements(readFileSync(join(root, repoPaths(line)[0]), 'utf8'))) {
          await sql.raw(statement).execute(db);
        }
      }
    } finally {
      await db.destroy();
    }
  }, 60_000);

  afterAll(async () => {
    await dropMysqlDatabase(uri, database);
  });

  /** Section 5's command, with its exported variables, run as the reader runs it. */
  async function adapterCheck(drop: string[] = [], databaseUrl = url.toString()) {
    const check = commands.find((c) => c.line.startsWith('npm run adapter:check'));
    if (!check) throw new Error('the guide has no `npm run adapter:check` command');
    const { env, rest } = leadingAssignments(check.line);
    const args = words(rest).slice(words(rest).indexOf('--') + 1);
    const kept = args.filter((arg, i) => !drop.includes(arg) && !drop.includes(args[i - 1]));
    const vars = Object.fromEntries(Object.entries({ ...check.env, ...env }).map(([k, v]) => [k, ours(v, databaseUrl)]));
    expect(vars.SCHOOLS_MAPPING).toBe('adapters/config/examples/county-sis/mapping.yaml');
    try {
      const { stdout } = await run('npx', ['tsx', 'adapters/config/check-cli.ts', ...kept], { cwd: root, env: { ...process.env, ...vars } });
      return { code: 0, out: stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, out: `${failed.stdout}\n${failed.stderr}` };
    }
  }

  it('passes `npm run adapter:check` with known answers and prints a line per check', async () => {
    const { code, out } = await adapterCheck();
    expect(out).toContain(`✓ configuration: schools on mariadb at ${redactUrl(url.toString())}`);
    expect(out).toContain('✓ mapping: adapters/config/examples/county-sis/mapping.yaml is valid');
    expect(out).toContain('✓ schema: every mapped table and column exists');
    expect(out).toContain('✓ expectations: known — the synthetic population seed 7, size 200');
    expect(out).toContain('✓ contract: studentsByIds: known keys answer exactly the records the store holds, in key order');
    expect(out).toContain('✓ contract: attendanceEventsByStudentIds: known keys answer exactly the records the store holds, in key order');
    expect(out).toContain("✓ demographics: demographics() yields the dataset's people with their names and birth dates");
    expect(out.match(/^✓ (contract|abuse|loader|capabilities|health): /gm)?.length).toBeGreaterThan(40);
    expect(out).not.toMatch(/^✗/m);
    expect(out).toMatch(/^PASS: preflight passed; conformance checks: \d+ passed, 0 failed, \d+ skipped\.$/m);
    expect(code).toBe(0);
  }, 60_000);

  it("seeds an empty copy of the county's schema with the guide's `npm run seed:sql` command, which then passes the check", async () => {
    const scratch = uniqueIdentifier('hub_test_guide_seed');
    const scratchUrl = new URL(uri);
    scratchUrl.pathname = `/${scratch}`;
    await ensureMysqlDatabase(uri, scratch);
    try {
      const db = createMysqlKysely({ uri, database: scratch, connectionLimit: 1 });
      try {
        const schema = join(root, 'adapters/config/examples/county-sis/schema.sql');
        for (const statement of splitStatements(readFileSync(schema, 'utf8'))) await sql.raw(statement).execute(db);
      } finally {
        await db.destroy();
      }
      const seed = commands.find((c) => c.line.startsWith('npm run seed:sql'));
      if (!seed) throw new Error('the guide has no `npm run seed:sql` command');
      const seedArgs = words(seed.line.replace(/mysql:\/\/[^/\s]+\/county_sis\b/, scratchUrl.toString()));
      expect(seedArgs.slice(0, 4)).toEqual(['npm', 'run', 'seed:sql', '--']);
      const seeded = await run('npx', ['tsx', 'adapters/sql/seed-cli.ts', ...seedArgs.slice(4)], { cwd: root });
      expect(JSON.parse(seeded.stdout)).toMatchObject({ seed: 7, size: 200, migrationsApplied: 0, students: 62 });
      const { code, out } = await adapterCheck([], scratchUrl.toString());
      expect(out).toMatch(/^PASS: preflight passed; conformance checks: \d+ passed, 0 failed, \d+ skipped\.$/m);
      expect(code).toBe(0);
    } finally {
      await dropMysqlDatabase(uri, scratch);
    }
  }, 90_000);

  it('passes on the same data taken as the agency\'s own, naming each check it skipped and why', async () => {
    const { code, out } = await adapterCheck(['--seeded-with']);
    expect(out).toContain('✓ expectations: your own data — the first 20 ids of each table, each asked alone');
    expect(out).toContain('- skipped: contract: studentsByIds: known keys answer exactly the records the store holds, in key order');
    expect(out).toContain('    needs known answers: judging record content needs to know what the store holds');
    expect(out).toMatch(/^✓ contract: enrollmentsByStudentIds: a scrambled batch is answered in its own order/m);
    // The record-linkage reader's paging runs on own data too; judging its fields needs known answers.
    expect(out).toContain('✓ demographics: demographics() pages every record once, each page within its limit, next null at the end');
    expect(out).toContain("- skipped: demographics: demographics() yields the dataset's people with their names and birth dates");
    expect(out).toMatch(/^PASS: /m);
    expect(code).toBe(0);
  }, 60_000);
});
