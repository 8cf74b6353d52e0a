/**
 * The committed schema files must be exactly what `npm run compose` would write from the code:
 * the gateway serves the committed supergraph, so a stale one would silently hide a change.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { composeSubgraphs } from '../../schema/composition.js';

const read = (file: string) => readFile(new URL(`../../schema/${file}`, import.meta.url), 'utf8').catch(() => '');

describe('committed schema files', () => {
  it('match a fresh composition (run `npm run compose` if this fails)', async () => {
    const composed = await composeSubgraphs();
    expect(composed.subgraphs.map((s) => s.name)).toEqual([
      'identity',
      'child-welfare',
      'behavioral-health',
      'dv-shelter',
      'schools',
    ]);
    for (const { name, sdl } of composed.subgraphs) {
      expect(await read(`${name}.graphql`), `schema/${name}.graphql is stale`).toBe(sdl);
    }
    expect(await read('supergraph.graphql'), 'schema/supergraph.graphql is stale').toBe(composed.supergraphSdl);
  });
});
