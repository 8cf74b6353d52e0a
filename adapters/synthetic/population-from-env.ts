/**
 * The embedded demo population, chosen by environment: `HUB_SEED` and `HUB_POPULATION_SIZE`
 * (defaults: the generator's). Every subgraph process generates the same population from the
 * same seed, so identity's links and each agency's records agree without sharing a store.
 */
import { DEFAULT_GENERATOR_OPTIONS, generatePopulation } from './generate.js';
import type { SyntheticPopulation } from './population.js';

export function populationFromEnv(env: NodeJS.ProcessEnv = process.env): SyntheticPopulation {
  return generatePopulation({
    seed: integerFrom(env.HUB_SEED, 'HUB_SEED') ?? DEFAULT_GENERATOR_OPTIONS.seed,
    size: integerFrom(env.HUB_POPULATION_SIZE, 'HUB_POPULATION_SIZE') ?? DEFAULT_GENERATOR_OPTIONS.size,
  });
}

function integerFrom(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${value}`);
  return n;
}
