/** The audit CLI as an operator runs it, on a PGlite data directory. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteClient } from '../sql/pglite-client.js';
import { createSqlAuditStore } from './sql-audit-store.js';
import { sampleDisclosure } from './testing/sample-disclosures.js';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'audit-cli-'));

async function audit(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const run = promisify(execFile);
    const { stdout, stderr } = await run(tsx, [cli, ...args, '--pglite-dir', dir], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function withDatabase(work: (client: ReturnType<typeof createPgliteClient>) => Promise<void>) {
  const client = createPgliteClient({ dataDir: dir });
  try {
    await work(client);
  } finally {
    await client.close();
  }
}

describe('audit CLI', () => {
  beforeAll(() =>
    withDatabase(async (client) => {
      const store = createSqlAuditStore({ client, chain: 'dv-shelter', closeClient: false });
      const shelter = { subgraph: 'dv-shelter', system: 'dv-comparable-db', localId: 'DV-7', labels: ['SDV'] };
      await store.append([
        sampleDisclosure({ ...shelter, fields: ['DvServicesRecord.currentlyInShelter'], legalBasis: 'Consent/VAWA-88' }),
        sampleDisclosure({ ...shelter, localId: 'DV-9', personId: 'P-000999', fields: [], legalBasis: 'treatment' }),
        sampleDisclosure({
          ...shelter,
          decision: 'DENY',
          fields: ['DvServicesRecord.shelterLocation'],
          legalBasis: 'VAWA 12291(b)(2): location never released',
        }),
        sampleDisclosure({
          ...shelter,
          personId: 'P-000321',
          decision: 'DENY',
          breakGlass: { reason: 'Unresponsive in the ED', expiresAt: '2026-11-25T19:00:00.000Z' },
          legalBasis: 'break-glass: dv-shelter honours no emergency override',
        }),
      ]);
    }),
  );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('verify reports an intact chain and exits 0', async () => {
    const { code, stdout } = await audit('verify', '--subgraph', 'dv-shelter');
    expect(code).toBe(0);
    expect(stdout).toContain('Audit chain dv-shelter (table audit_log_dv_shelter on pglite');
    expect(stdout).toContain('entries checked: 4');
    expect(stdout).toContain('INTACT');
  });

  it('accounting prints the person\'s disclosures as a table, newest first', async () => {
    const { code, stdout } = await audit('accounting', '--person', 'P-000110', '--subgraph', 'dv-shelter');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('Accounting of disclosures for P-000110: 2 entries, newest first');
    expect(lines[2]).toMatch(/^Recorded \(UTC\)\s+Decision\s+Data owner\s+Record\s+Recipient/);
    expect(lines[4]).toMatch(/DENY\s+dv-shelter\s+dv-comparable-db\/DV-7\s+Francisca De la Cruz/);
    expect(lines[5]).toMatch(/PERMIT .*Consent\/VAWA-88/);
    expect(stdout).not.toContain('P-000999');
  });

  it('accounting --break-glass lists only the requests made under an emergency override', async () => {
    const { code, stdout } = await audit('accounting', '--break-glass', '--subgraph', 'dv-shelter');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('Accounting of disclosures for every person, break-glass requests only: 1 entry, newest first');
    expect(lines[4]).toMatch(/DENY .*BREAK-GLASS: Unresponsive in the ED .*honours no emergency override/);
  });

  it('verify names the broken entry and exits 1 once a row is edited', async () => {
    await withDatabase(async (client) => {
      await client.query(`UPDATE audit_log_dv_shelter SET person_id = 'P-000555' WHERE sequence = 2`);
    });
    const { code, stdout } = await audit('verify', '--subgraph', 'dv-shelter');
    expect(code).toBe(1);
    expect(stdout).toContain('BROKEN at entry 2 (edited)');
  });

  it('exits 2 with a usage error', async () => {
    const { code, stderr } = await audit('accounting', '--subgraph', 'dv-shelter');
    expect(code).toBe(2);
    expect(stderr).toContain('Give --person, or --system with --local-id, or --break-glass');
  });
});
