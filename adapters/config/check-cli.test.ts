/**
 * `npm run adapter:check` as an operator meets it when something is wrong: a mapping mistake is
 * reported at its file:line:col, a database that does not answer is named with how to start it,
 * and either way the exit code is 1. (The passing run is test/docs/connect-guide.test.ts.)
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckCli as check } from './run-check-cli.js';

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
    const { code, out } = await check(['--domain', 'child-welfare', '--env'], { CHILD_WELFARE_ADAPTER: '' });
    expect(code).toBe(1);
    expect(out).toContain('configuration: CHILD_WELFARE_ADAPTER must name the adapter to check, one of: postgres (embedded serves');
  }, 30_000);

  it('names the variable an fhir or hmis-csv configuration lacks', async () => {
    const fhir = await check(['--domain', 'behavioral-health', '--env'], { BEHAVIORAL_HEALTH_ADAPTER: 'fhir', BEHAVIORAL_HEALTH_FHIR_URL: '' });
    expect(fhir.code).toBe(1);
    expect(fhir.out).toContain('✗ configuration: BEHAVIORAL_HEALTH_FHIR_URL is required for the fhir adapter');
    const hmis = await check(['--domain', 'dv-shelter', '--adapter', 'hmis-csv']);
    expect(hmis.code).toBe(1);
    expect(hmis.out).toContain('✗ configuration: --export-dir is required for the hmis-csv adapter');
  }, 30_000);
});
