/**
 * `npm run adapter:new` writes a skeleton that already keeps the batch contract's shape (one
 * entry per key, an Error for a malformed key) and a test that runs the conformance kit. Each
 * domain is generated into the real adapters folder, imported, exercised and removed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidLocalIdError } from '../port/local-id.js';
import { SCAFFOLD_DOMAINS } from './templates.js';

const adaptersDir = fileURLToPath(new URL('..', import.meta.url));
const name = `scaffold-check-${process.pid}`;
const made: string[] = [];

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('npm run adapter:new', () => {
  for (const d of Object.values(SCAFFOLD_DOMAINS)) {
    it(`scaffolds a ${d.domain} adapter that keeps the contract's shape`, async () => {
      const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
      execFileSync(process.execPath, ['--import', 'tsx', cli, '--domain', d.domain, '--name', name], { encoding: 'utf8' });
      const dir = `${adaptersDir}${d.domain}/${name}`;
      made.push(dir);
      expect(existsSync(`${dir}/adapter.ts`)).toBe(true);
      expect(readFileSync(`${dir}/${name}.test.ts`, 'utf8')).toContain(`runAdapterConformance(it, {\n    domain: '${d.domain}'`);

      const module = await import(`${dir}/adapter.ts`);
      const factory = Object.values(module).find((v) => typeof v === 'function') as (o: { url: string }) => Record<string, any>;
      const adapter = factory({ url: 'unused' });
      for (const method of d.methods) {
        const answers = await adapter[method](['A-1', '', 'B-2']);
        expect(answers, method).toHaveLength(3);
        expect(answers[1], method).toBeInstanceOf(InvalidLocalIdError);
        expect(answers[0], method).toBeInstanceOf(Error);
      }
      expect((await adapter.health()).status).toBe('down');
    });
  }

  it('refuses to overwrite an existing adapter', () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    expect(() =>
      execFileSync(process.execPath, ['--import', 'tsx', cli, '--domain', 'schools', '--name', 'mariadb'], { stdio: 'pipe' }),
    ).toThrow(/already exists/);
  });
});
