/**
 * `npm run compose`: builds every subgraph in-process, writes its SDL to `schema/<name>.graphql`
 * and the composed supergraph to `schema/supergraph.graphql`. Composition belongs to the build,
 * not to run time: the gateway loads the committed file, and a test fails when it is stale.
 */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { composeSubgraphs } from './composition.js';

const schemaDir = fileURLToPath(new URL('.', import.meta.url));

const { subgraphs, supergraphSdl } = await composeSubgraphs();
for (const { name, sdl } of subgraphs) {
  await writeFile(`${schemaDir}${name}.graphql`, sdl);
  console.log(`wrote schema/${name}.graphql`);
}
await writeFile(`${schemaDir}supergraph.graphql`, supergraphSdl);
console.log('wrote schema/supergraph.graphql');
