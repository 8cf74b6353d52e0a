/**
 * `npm run adapter:new -- --domain schools --name district-sis`: scaffolds
 * `adapters/<domain>/<name>/` with an adapter skeleton, a conformance test and a config example.
 * Refuses to overwrite anything.
 */
import { Command, InvalidArgumentError } from 'commander';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { adapterSource, configExample, SCAFFOLD_DOMAINS, testSource, type ScaffoldDomain } from './templates.js';

const domains = Object.keys(SCAFFOLD_DOMAINS);
const program = new Command('adapter:new')
  .description("Scaffold an adapter for your agency's system, with the conformance kit wired in.")
  .requiredOption('--domain <domain>', `one of ${domains.join(', ')}`, (value) => {
    if (!domains.includes(value)) throw new InvalidArgumentError(`use one of ${domains.join(', ')}`);
    return value as ScaffoldDomain['domain'];
  })
  .requiredOption('--name <name>', 'a kebab-case name, e.g. district-sis', (value) => {
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(value)) throw new InvalidArgumentError('use kebab-case letters and digits');
    return value;
  })
  .option('--root <dir>', 'the adapters folder', fileURLToPath(new URL('..', import.meta.url)));

program.parse();
const { domain, name, root } = program.opts<{ domain: ScaffoldDomain['domain']; name: string; root: string }>();
const d = SCAFFOLD_DOMAINS[domain];
const dir = `${root.replace(/\/$/, '')}/${domain}/${name}`;
if (existsSync(dir)) {
  console.error(`${dir} already exists; choose another --name.`);
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
const files = {
  'adapter.ts': adapterSource(d, name),
  [`${name}.test.ts`]: testSource(d, name),
  'config.example.sh': configExample(d, name),
};
for (const [file, text] of Object.entries(files)) writeFileSync(`${dir}/${file}`, text);
console.log(`Scaffolded ${dir}:\n${Object.keys(files).map((f) => `  ${f}`).join('\n')}
Next: fill in adapter.ts, then run  npx vitest run ${dir}  until the conformance kit passes.`);
