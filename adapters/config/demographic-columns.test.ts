/**
 * The demographics reader of the SQL adapters over mappings that name the optional linkage
 * columns: the county child welfare example on PostgreSQL (suffix, SSN, ZIP) and the county SIS
 * example on MariaDB (sex through its own code list, SSN, ZIP). Seeded from the generator, then
 * a few people are given the SSN and ZIP the generator's truth holds for them; the reader must
 * page every person once (keyset, pages of 7) and serve exactly those fields, null where the
 * row holds none or holds something that is not one (an `x` placeholder, too few digits).
 * Built through the configuration path the linkage run uses (`createConfiguredAdapters`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipUnlessAvailable } from '../../test/support/availability.js';
import { seedChildWelfare } from '../child-welfare/postgres/seed.js';
import { readAllDemographics, type DemographicRecord, type DemographicsSource } from '../port/demographics.js';
import { seedSchools } from '../schools/mariadb/seed.js';
import { uniqueIdentifier } from '../sql/identifier.js';
import { UnmappedCodeError } from '../sql/mapping.js';
import { splitStatements } from '../sql/migrate.js';
import { createMysqlKysely, dropMysqlDatabase, ensureMysqlDatabase } from '../sql/mysql-connection.js';
import { createPostgresKysely } from '../sql/postgres-connection.js';
import { DEFAULT_TEST_MARIADB_URL, DEFAULT_TEST_POSTGRES_URL, probeMariadb, probePostgres, redactUrl } from '../sql/probe.js';
import type { SqlDb } from '../sql/sql-db.js';
import { generatePopulation } from '../synthetic/generate.js';
import type { TruePerson } from '../synthetic/population.js';
import type { HubAdapterConfig } from './adapter-config.js';
import { createConfiguredAdapters } from './create-adapters.js';
import { loadMapping } from './load-mapping.js';
import { checkMappedSchema } from './schema-check.js';

const pgUrl = process.env.HUB_TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;
const mariaUrl = process.env.HUB_TEST_MARIADB_URL ?? DEFAULT_TEST_MARIADB_URL;
const skipPg = skipUnlessAvailable(`PostgreSQL at ${redactUrl(pgUrl)}`, await probePostgres(pgUrl));
const skipMaria = skipUnlessAvailable(`MariaDB at ${redactUrl(mariaUrl)}`, await probeMariadb(mariaUrl));
const example = (name: string) => fileURLToPath(new URL(`./examples/${name}`, import.meta.url));
const embedded = { kind: 'embedded' } as const;

const population = generatePopulation({ size: 200, seed: 7 });
/** The generator's true person behind each (system, local id). */
function truthOf(system: string): Map<string, TruePerson> {
  const people = new Map(population.people.map((p) => [p.personId, p]));
  return new Map(population.identity.links.filter((l) => l.system === system).map((l) => [l.localId, people.get(l.personId)!]));
}

async function loadSql(db: SqlDb, file: string): Promise<void> {
  for (const statement of splitStatements(readFileSync(example(file), 'utf8'))) await sql.raw(statement).execute(db);
}

async function readAll(config: HubAdapterConfig, domain: 'childWelfare' | 'schools'): Promise<DemographicRecord[]> {
  const configured = await createConfiguredAdapters(config, { only: [domain] });
  try {
    const source = configured.adapters[domain].demographics?.() as DemographicsSource;
    return await readAllDemographics(source, 7);
  } finally {
    await configured.close();
  }
}

const byId = (records: DemographicRecord[]) => new Map(records.map((r) => [r.localId, r]));
const withSsn = (truth: Map<string, TruePerson>, ids: string[]) => ids.filter((id) => truth.get(id)?.ssn).slice(0, 3);
const dashed = (ssn: string) => `${ssn.slice(0, 3)}-${ssn.slice(3, 5)}-${ssn.slice(5)}`;

describe.skipIf(skipPg)('demographic columns of the county child welfare example (PostgreSQL)', () => {
  const schema = uniqueIdentifier('hub_test_cw_demo');
  const mappingPath = example('child-welfare-county.yaml');
  let admin: SqlDb;
  const truth = truthOf('child-welfare');
  const children = population.childWelfare.children;
  const [a, b, c] = withSsn(truth, children.map((ch) => ch.localId));

  beforeAll(async () => {
    admin = createPostgresKysely({ connectionString: pgUrl, schema, max: 1 });
    await sql`create schema ${sql.id(schema)}`.execute(admin);
    await loadSql(admin, 'child-welfare-county.sql');
    const { mapping } = await loadMapping('child-welfare', mappingPath);
    await seedChildWelfare(admin, population.childWelfare, mapping);
    await sql`update client set ssn_no = ${dashed(truth.get(a)!.ssn!)}, res_zip = ${`${truth.get(a)!.zip}-0101`}, name_sfx = 'Jr' where client_no = ${a}`.execute(admin);
    await sql`update client set ssn_no = ${truth.get(b)!.ssn!}, res_zip = ${truth.get(b)!.zip} where client_no = ${b}`.execute(admin);
    // A partial SSN (HMIS-style x placeholders) and a ZIP that is not one: not served.
    await sql`update client set ssn_no = ${`xxxxx${truth.get(c)!.ssn!.slice(5)}`}, res_zip = '123' where client_no = ${c}`.execute(admin);
  }, 60_000);

  afterAll(async () => {
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin);
    await admin.destroy();
  });

  it('the mapped linkage columns exist in the county schema', async () => {
    const parsed = await loadMapping('child-welfare', mappingPath);
    expect(parsed.mapping.child.columns).toMatchObject({ suffix: 'name_sfx', ssn: 'ssn_no', zip: 'res_zip' });
    expect(await checkMappedSchema(admin, 'postgres', parsed.mapping, parsed.source)).toEqual([]);
  });

  it('pages every child once with names, birth date, sex, and the SSN, ZIP and suffix the row holds', async () => {
    const config: HubAdapterConfig = {
      identity: embedded, behavioralHealth: embedded, dvShelter: embedded, schools: embedded,
      childWelfare: { kind: 'postgres', url: pgUrl, schema, mappingPath },
    };
    const records = await readAll(config, 'childWelfare');
    expect(records.map((r) => r.localId).sort()).toEqual(children.map((ch) => ch.localId).sort());
    const got = byId(records);
    for (const child of children) {
      expect(got.get(child.localId)).toMatchObject({
        system: 'child-welfare', firstName: child.firstName, middleName: child.middleName, lastName: child.lastName,
        birthDate: child.birthDate, sex: child.sex,
      });
    }
    expect(got.get(a)).toMatchObject({ ssn: truth.get(a)!.ssn, zip: truth.get(a)!.zip, suffix: 'Jr' });
    expect(got.get(b)).toMatchObject({ ssn: truth.get(b)!.ssn, zip: truth.get(b)!.zip, suffix: null });
    expect(got.get(c)).toMatchObject({ ssn: null, zip: null });
    const others = records.filter((r) => ![a, b].includes(r.localId));
    expect(others.every((r) => r.ssn === null && r.zip === null)).toBe(true);
  });
});

describe.skipIf(skipMaria)('demographic columns of the county SIS example (MariaDB)', () => {
  const database = uniqueIdentifier('hub_test_sis_demo');
  const url = new URL(mariaUrl);
  url.pathname = `/${database}`;
  const mappingPath = example('county-sis/mapping.yaml');
  let admin: SqlDb;
  const truth = truthOf('schools');
  const students = population.schools.students;
  const [a, b] = withSsn(truth, students.map((s) => s.localId));
  const config = (): HubAdapterConfig => ({
    identity: embedded, behavioralHealth: embedded, dvShelter: embedded, childWelfare: embedded,
    schools: { kind: 'mariadb', url: url.toString(), mappingPath },
  });

  beforeAll(async () => {
    await ensureMysqlDatabase(mariaUrl, database);
    admin = createMysqlKysely({ uri: mariaUrl, database, connectionLimit: 1 });
    await loadSql(admin, 'county-sis/schema.sql');
    const { mapping } = await loadMapping('schools', mappingPath);
    await seedSchools(admin, population.schools, mapping);
    for (const s of students) {
      const sex = truth.get(s.localId)?.sex;
      await sql`update stu_master set sex_cd = ${sex === 'FEMALE' ? 'F' : sex === 'MALE' ? 'M' : 'X'} where stu_no = ${s.localId}`.execute(admin);
    }
    await sql`update stu_master set ssn_no = ${truth.get(a)!.ssn!}, res_zip = ${truth.get(a)!.zip} where stu_no = ${a}`.execute(admin);
    await sql`update stu_master set ssn_no = '12345', res_zip = ${truth.get(b)!.zip} where stu_no = ${b}`.execute(admin);
  }, 60_000);

  afterAll(async () => {
    await admin?.destroy();
    await dropMysqlDatabase(mariaUrl, database);
  });

  it('pages every student once with the sex decoded through the county codes, SSN and ZIP where held', async () => {
    const records = await readAll(config(), 'schools');
    expect(records.map((r) => r.localId).sort()).toEqual(students.map((s) => s.localId).sort());
    const got = byId(records);
    for (const s of students) {
      expect(got.get(s.localId)).toMatchObject({
        system: 'schools', firstName: s.firstName, middleName: s.middleName, lastName: s.lastSurname,
        birthDate: s.birthDate, sex: truth.get(s.localId)?.sex ?? 'UNKNOWN',
      });
    }
    expect(got.get(a)).toMatchObject({ ssn: truth.get(a)!.ssn, zip: truth.get(a)!.zip });
    expect(got.get(b)).toMatchObject({ ssn: null, zip: truth.get(b)!.zip });
  });

  it('a sex code the mapping does not list fails the read, naming the code map', async () => {
    await sql`update stu_master set sex_cd = 'Q' where stu_no = ${b}`.execute(admin);
    try {
      await expect(readAll(config(), 'schools')).rejects.toThrow(UnmappedCodeError);
    } finally {
      await sql`update stu_master set sex_cd = 'F' where stu_no = ${b}`.execute(admin);
    }
  });
});
