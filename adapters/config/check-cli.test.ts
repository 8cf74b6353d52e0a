/**
 * `npm run adapter:check` as an operator meets it when something is wrong: a mapping mistake is
 * reported at its file:line:col, a database that does not answer is named with how to start it,
 * and either way the exit code is 1. (The passing run is test/docs/connect-guide.test.ts.)
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function check(args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run('npx', ['tsx', 'adapters/config/check-cli.ts', ...args]);
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

describe('npm run adapter:check on a broken setup', () => {
  it('reports a bad mapping at its file and line, and exits 1', async () => {
    const file = join(tmpdir(), `bad-mapping-${process.pid}.yaml`);
    writeFileSync(file, 'domain: schools\ntables:\n  student:\n    columns: { firstNme: first_nm }\n');
    const { code, out } = await check(['--domain', 'schools', '--adapter', 'mariadb', '--url', 'mysql://root@127.0.0.1:1/sis', '--mapping', file]);
    expect(code).toBe(1);
    expect(out).toContain(`${file}:4:16: unknown port field "firstNme" for table student`);
    expect(out).toMatch(/^FAIL: 1 preflight step\(s\) failed/m);
  }, 30_000);

  it('names an unreachable database server and how to start it, and exits 1', async () => {
    const { code, out } = await check(['--domain', 'schools', '--adapter', 'mariadb', '--url', 'mysql://root@127.0.0.1:1/sis']);
    expect(code).toBe(1);
    expect(out).toContain('✗ health: down');
    expect(out).toContain('no MariaDB server answered at mysql://root@127.0.0.1:1/sis. Start it (`sudo systemctl start mariadb`');
  }, 30_000);

  it('lists every configuration mistake from the environment', async () => {
    const { code, out } = await check(['--domain', 'child-welfare', '--env']);
    expect(code).toBe(1);
    expect(out).toContain('configuration: CHILD_WELFARE_ADAPTER must name a database adapter (embedded is not checked here)');
  }, 30_000);
});
