/**
 * Provenance data quality from optional mapped columns: the county SIS example maps
 * `nameDataQuality`/`birthDateDataQuality` to its own `nm_dq_cd`/`dob_dq_cd`. Codes the county
 * records are served in `provenance.dataQuality`; a NULL serves none; a value that is not an HMIS
 * code fails that student alone. Through the configuration path a subgraph uses, on MariaDB.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipUnlessAvailable } from '../../test/support/availability.js';
import type { Student } from '../schools/port.js';
import { dataQualityOf } from '../sql/data-quality-columns.js';
import { uniqueIdentifier } from '../sql/identifier.js';
import { splitStatements } from '../sql/migrate.js';
import { createMysqlKysely, dropMysqlDatabase, ensureMysqlDatabase } from '../sql/mysql-connection.js';
import { DEFAULT_TEST_MARIADB_URL, probeMariadb, redactUrl } from '../sql/probe.js';
import type { SqlDb } from '../sql/sql-db.js';
import { adapterConfigFromEnv } from './adapter-config.js';
import { createConfiguredAdapters } from './create-adapters.js';

describe('dataQualityOf', () => {
  it('reads mapped codes as HMIS entries in field order, skips NULLs, and rejects what is not a code', () => {
    expect(dataQualityOf({ nameDataQuality: 1, birthDateDataQuality: '2' })).toEqual([
      { field: 'name', code: 1, meaning: 'FULL_REPORTED' },
      { field: 'birthDate', code: 2, meaning: 'PARTIAL_OR_APPROXIMATE' },
    ]);
    expect(dataQualityOf({ nameDataQuality: null, birthDateDataQuality: 99 })).toEqual([
      { field: 'birthDate', code: 99, meaning: 'DATA_NOT_COLLECTED' },
    ]);
    expect(dataQualityOf({ localId: 'S-1' })).toBeUndefined();
    expect(() => dataQualityOf({ nameDataQuality: 7 })).toThrow('The nameDataQuality column holds 7, not an HMIS data-quality code (1, 2, 8, 9, 99)');
    expect(() => dataQualityOf({ birthDateDataQuality: '1x' })).toThrow(/birthDateDataQuality column holds "1x"/);
  });
});

const uri = process.env.HUB_TEST_MARIADB_URL ?? DEFAULT_TEST_MARIADB_URL;
const skip = skipUnlessAvailable(`MariaDB at ${redactUrl(uri)}`, await probeMariadb(uri));
const example = (name: string) => fileURLToPath(new URL(`./examples/county-sis/${name}`, import.meta.url));

describe.skipIf(skip)('data-quality columns of the county SIS (MariaDB)', () => {
  const database = uniqueIdentifier('hub_test_dq');
  const url = new URL(uri);
  url.pathname = `/${database}`;
  let admin: SqlDb;
  let ids: string[];

  beforeAll(async () => {
    await ensureMysqlDatabase(uri, database);
    admin = createMysqlKysely({ uri, database, connectionLimit: 1 });
    for (const file of ['schema.sql', 'seed.sql']) {
      for (const statement of splitStatements(readFileSync(example(file), 'utf8'))) await sql.raw(statement).execute(admin);
    }
    ids = (await sql<{ id: string }>`select stu_no as id from stu_master order by stu_no limit 3`.execute(admin)).rows.map((r) => r.id);
    await sql`update stu_master set nm_dq_cd = 1, dob_dq_cd = 2 where stu_no = ${ids[0]}`.execute(admin);
    await sql`update stu_master set nm_dq_cd = 7 where stu_no = ${ids[2]}`.execute(admin);
  }, 60_000);

  afterAll(async () => {
    await admin?.destroy();
    await dropMysqlDatabase(uri, database);
  });

  it('serves the recorded codes in provenance, none for NULL, and fails only the student with a bad code', async () => {
    const env = { SCHOOLS_ADAPTER: 'mariadb', SCHOOLS_DATABASE_URL: url.toString(), SCHOOLS_MAPPING: example('mapping.yaml') };
    const configured = await createConfiguredAdapters(adapterConfigFromEnv(env), { only: ['schools'] });
    try {
      const [sure, unrecorded, bad] = await configured.adapters.schools.studentsByIds(ids);
      expect((sure as Student).provenance.dataQuality).toEqual([
        { field: 'name', code: 1, meaning: 'FULL_REPORTED' },
        { field: 'birthDate', code: 2, meaning: 'PARTIAL_OR_APPROXIMATE' },
      ]);
      expect((unrecorded as Student).provenance).not.toHaveProperty('dataQuality');
      expect(bad).toBeInstanceOf(Error);
      expect((bad as Error).message).toBe('The nameDataQuality column holds 7, not an HMIS data-quality code (1, 2, 8, 9, 99)');
    } finally {
      await configured.close();
    }
  });
});
