/** Test support: `npm run adapter:check` as a child process, as an operator runs it (exit code and every line). */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function runCheckCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run('npx', ['tsx', 'adapters/config/check-cli.ts', ...args], { env: { ...process.env, ...env } });
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}
