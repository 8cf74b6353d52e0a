/**
 * `npm run linkage:eval` as a user runs it: several seeds give one row per seed and mode and the
 * means; a malformed seed list is refused with a message that says what is expected.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = ['--import', 'tsx', 'subgraphs/identity/linkage/eval-cli.ts'];

describe('linkage:eval', () => {
  it('runs several seeds and prints each seed and the mean F1', async () => {
    const { stdout } = await run(process.execPath, [...cli, '--people', '400', '--seeds', '3-4', '--mode', 'plaintext'], { timeout: 120_000 });
    expect(stdout).toMatch(/│\s+\d+\s+│\s+3\s+│\s+'plaintext'/);
    expect(stdout).toMatch(/│\s+\d+\s+│\s+4\s+│\s+'plaintext'/);
    const mean = /'plaintext'\s+│\s+2\s+│\s+'([\d.]+)'\s+│\s+'([\d.]+)'\s+│\s+'([\d.]+)'/.exec(stdout);
    expect(mean).not.toBeNull();
    expect(Number(mean![3])).toBeGreaterThan(0.9);
  }, 130_000);

  it('refuses a malformed seed list', async () => {
    const failed = await run(process.execPath, [...cli, '--seeds', 'a-b']).then(() => null, (e: { stderr: string }) => e);
    expect(failed?.stderr).toContain('--seeds must be whole numbers like 1-5 or 1,4,9');
  }, 60_000);
});
