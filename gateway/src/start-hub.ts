/**
 * `npm start`: the whole hub on one machine — every subgraph as its own process on its fixed
 * port (4001 upward), then the gateway on 4000 — on embedded synthetic data. Ctrl-C stops all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { defaultSubgraphUrl, GATEWAY_PORT, SUBGRAPH_NAMES } from '../../subgraphs/registry.js';
import { withDevKeys } from '../../subgraphs/shared/security/dev-keys.js';
import { healthUrlOf } from './health.js';

// The first start creates every embedded database in .data/ (several PGlite instances at once on
// a small machine): allow for it.
const STARTUP_TIMEOUT_MS = 180_000;
const DATA_DIR = fileURLToPath(new URL('../../.data/', import.meta.url));
// Keys are settled once here, so every process gets the same ones (generated into .data/ on
// first start unless the operator set them).
const hubEnv = await withDevKeys(process.env);
const children = new Map<string, ChildProcess>();
let stopping = false;

function launch(label: string, script: string, args: string[] = []): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url)), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...hubEnv, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on('line', (line) => console.log(`[${label}] ${line}`));
  }
  child.once('exit', (code, signal) => {
    children.delete(label);
    if (!stopping) {
      console.error(`[${label}] exited unexpectedly (${signal ?? `code ${code}`}); stopping the hub.`);
      void stopAll(1);
    }
  });
  children.set(label, child);
  return child;
}

async function waitForHealth(label: string, url: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (stopping) return;
    const ok = await fetch(url, { signal: AbortSignal.timeout(1000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${label} did not answer ${url} within ${STARTUP_TIMEOUT_MS / 1000} s`);
}

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const exits = [...children.values()].map(
    (child) => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  );
  await Promise.race([Promise.all(exits), new Promise((resolve) => setTimeout(resolve, 5000))]);
  for (const child of children.values()) child.kill('SIGKILL');
  console.log('Common Client Hub stopped.');
  process.exit(exitCode);
}

process.once('SIGINT', () => void stopAll(0));
process.once('SIGTERM', () => void stopAll(0));

try {
  const firstStart = !existsSync(`${DATA_DIR}db`);
  console.log('Starting Common Client Hub on embedded synthetic data...');
  if (firstStart) console.log('First start: creating the embedded audit, consent and link databases in .data/ (half a minute or so, once).');
  const started = Date.now();
  for (const name of SUBGRAPH_NAMES) launch(name, '../../subgraphs/main.ts', [name]);
  await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      await waitForHealth(name, healthUrlOf(defaultSubgraphUrl(name)));
      if (!stopping) console.log(`  ${name} subgraph ready (${Math.round((Date.now() - started) / 1000)} s)`);
    }),
  );
  launch('gateway', './main.ts');
  const gatewayUrl = `http://127.0.0.1:${GATEWAY_PORT}/`;
  await waitForHealth('gateway', `${gatewayUrl}health`);
  console.log(`\nCommon Client Hub is up.\n  Explorer:  ${gatewayUrl}\n  GraphQL:   ${gatewayUrl}graphql\n  Health:    ${gatewayUrl}health\nPress Ctrl-C to stop.\n`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
}
