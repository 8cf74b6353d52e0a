/**
 * Provenance through the gateway, as a dashboard reads it: a DV client's record says which system
 * it came from, when it last changed and how sure the program is of the name, SSN and birth date
 * (HMIS data quality), consistent with the record's own data-quality fields. Asked by the
 * program's own advocate, who needs no release (VAWA permits the program its own records).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

const population = generatePopulation();
const hmisCode = { FULL_REPORTED: 1, PARTIAL_OR_APPROXIMATE: 2, CLIENT_DOES_NOT_KNOW: 8, CLIENT_PREFERS_NOT_TO_ANSWER: 9, DATA_NOT_COLLECTED: 99 } as const;
type Meaning = keyof typeof hmisCode;
// Clients whose name the program holds only in part, so the codes are not all "full".
const partial = population.dvShelter.clients.filter((c) => c.nameDataQuality !== 1);
const personOf = (localId: string) => population.identity.links.find((l) => l.system === 'dv-shelter' && l.localId === localId)!.personId;

const VIEW = `query ($id: ID!) { person(id: $id) { dvServices {
  localId nameDataQuality dobDataQuality
  provenance { sourceSystem lastUpdated dataQuality { field code meaning } }
} } }`;

describe('provenance data quality through the gateway', () => {
  let hub: InProcessHub;

  beforeAll(async () => {
    hub = await startInProcessHub({ population });
  });
  afterAll(() => hub?.close());

  it("a DV client's provenance carries its Name, SSN and DOB data quality, agreeing with the record", async () => {
    expect(partial.length).toBeGreaterThan(0);
    const client = partial[0];
    const res = await hub.query(VIEW, { id: personOf(client.localId) }, { authorization: `Bearer ${await hub.tokenFor('dv-advocate')}` });
    expect(res.body.errors).toBeUndefined();
    const record = res.body.data.person.dvServices;
    expect(record.localId).toBe(client.localId);
    expect(record.provenance.sourceSystem).toBe('dv-shelter');
    expect(record.provenance.dataQuality).toEqual([
      { field: 'name', code: hmisCode[record.nameDataQuality as Meaning], meaning: record.nameDataQuality },
      { field: 'ssn', code: 99, meaning: 'DATA_NOT_COLLECTED' },
      { field: 'birthDate', code: hmisCode[record.dobDataQuality as Meaning], meaning: record.dobDataQuality },
    ]);
    expect(record.provenance.dataQuality[0].code).toBe(client.nameDataQuality);
  });
});
