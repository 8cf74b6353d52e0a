/**
 * Prints the name shares of a generated intake community next to the published ones that
 * `name-frequency.ts` is calibrated to:
 *   npx tsx adapters/synthetic/linkage-intake/name-stats.ts [people] [seed]
 */
import { generateIntakeRecords } from './intake.js';

const people = Number(process.argv[2] ?? 5000);
const seed = Number(process.argv[3] ?? 1);
const { people: community } = generateIntakeRecords({ size: people, seed });

function shares(label: string, values: string[], published: string): void {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const pct = (k: number) => `${((k / values.length) * 100).toFixed(2)}%`;
  const top10 = sorted.slice(0, 10).reduce((s, [, k]) => s + k, 0);
  console.log(`${label}: ${counts.size} distinct; commonest ${sorted.slice(0, 3).map(([v, k]) => `${v} ${pct(k)}`).join(', ')}; ten commonest ${pct(top10)}  (published: ${published})`);
}

console.log(`${people} people, seed ${seed}`);
shares('surnames', community.map((p) => p.lastName), 'Census 2010: Smith 0.83%, ten commonest 5.5%');
shares('given names, women', community.filter((p) => p.sex === 'FEMALE').map((p) => p.firstName), 'Census 1990: Mary 2.6%, ten commonest 10.5%');
shares('given names, men', community.filter((p) => p.sex === 'MALE').map((p) => p.firstName), 'Census 1990: James 3.3%, ten commonest 23%');
