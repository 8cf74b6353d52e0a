/**
 * The GraphQL the matrix sends: one aliased `person` per case (at most the gateway's alias limit
 * per request, two of them the probing controls), each asking for exactly its label's field —
 * plus, for SDV, the person's links (a DV link is SDV information too) and, for SUD, the episodes
 * (a Part 2 program's episode says "substance use patient").
 */
import type { MatrixLabel } from './dimensions.js';

export const SELECTIONS: Record<MatrixLabel, string> = {
  SDV: 'dvServices { localId currentlyInShelter } links { system localId }',
  PSY: 'behavioralHealth { localId conditions { id } }',
  SUD: 'behavioralHealth { localId substanceUseConditions { id } episodesOfCare { id } }',
  EDU: 'education { localId }',
  SOC: 'childWelfare { localId }',
};

/** Path from the aliased person to the labelled field. */
export const FIELD_PATH: Record<MatrixLabel, string[]> = {
  SDV: ['dvServices'],
  PSY: ['behavioralHealth'],
  SUD: ['behavioralHealth', 'substanceUseConditions'],
  EDU: ['education'],
  SOC: ['childWelfare'],
};

export interface AliasedPerson {
  alias: string;
  personId: string;
  label: MatrixLabel;
}

export function personsQuery(persons: readonly AliasedPerson[]): string {
  const parts = persons.map((p) => {
    if (!/^[A-Za-z0-9-]+$/.test(p.personId)) throw new Error(`unexpected person id ${p.personId}`);
    return `${p.alias}: person(id: "${p.personId}") { id ${SELECTIONS[p.label]} }`;
  });
  return `query AccessMatrix { ${parts.join(' ')} }`;
}
