/**
 * What the conformance kit cannot see from outside: the adapter answers a generated population
 * exactly as the embedded adapter does, each batch is ONE statement whatever its size (no N+1),
 * and a descriptor the mapping lacks fails only the key whose record holds it.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipUnlessAvailable } from '../../../test/support/availability.js';
import { uniqueIdentifier } from '../../sql/identifier.js';
import { createMysqlKysely, dropMysqlDatabase, ensureMysqlDatabase } from '../../sql/mysql-connection.js';
import { DEFAULT_TEST_MARIADB_URL, probeMariadb, redactUrl } from '../../sql/probe.js';
import type { SqlDb } from '../../sql/sql-db.js';
import { generatePopulation } from '../../synthetic/generate.js';
import { createEmbeddedSchoolsAdapter } from '../embedded.js';
import { createMariadbSchoolsAdapter } from './adapter.js';
import { migrateSchools } from './migrate.js';
import { seedSchools } from './seed.js';

const uri = process.env.HUB_TEST_MARIADB_URL ?? DEFAULT_TEST_MARIADB_URL;
const skip = skipUnlessAvailable(`MariaDB at ${redactUrl(uri)}`, await probeMariadb(uri));

/** The database keeps instants canonically (`toISOString`); the port leaves disability order open. */
function canonical(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v) => {
    if (key === 'lastUpdated') return new Date(v as string).toISOString();
    if (key === 'disabilities') return [...(v as string[])].sort();
    return v;
  }));
}

const METHODS = ['studentsByIds', 'enrollmentsByStudentIds', 'attendanceEventsByStudentIds', 'specialEducationByStudentIds'] as const;

describe.skipIf(skip)('mariadb schools adapter, beyond the kit', () => {
  const database = uniqueIdentifier('hub_test_schx');
  const data = generatePopulation({ size: 1500 }).schools;
  const students = data.students.map((s) => s.localId);
  let admin: SqlDb;

  beforeAll(async () => {
    await ensureMysqlDatabase(uri, database);
    admin = createMysqlKysely({ uri, database, connectionLimit: 1 });
    await migrateSchools(admin);
    await seedSchools(admin, data);
  });

  afterAll(async () => {
    await admin?.destroy();
    await dropMysqlDatabase(uri, database);
  });

  it('answers a generated population as the embedded adapter does', async () => {
    expect(students.length).toBeGreaterThan(100);
    const embedded = createEmbeddedSchoolsAdapter(data);
    const adapter = createMariadbSchoolsAdapter({ uri, database });
    try {
      for (const method of METHODS) {
        expect({ method, answers: canonical(await adapter[method](students)) }).toEqual({
          method,
          answers: canonical(await embedded[method](students)),
        });
      }
    } finally {
      await adapter.close?.();
    }
  });

  it('issues one statement per batch, whatever its size', async () => {
    let statements = 0;
    const adapter = createMariadbSchoolsAdapter({ uri, database, log: () => void statements++ });
    const count = async (keys: readonly string[], method: (typeof METHODS)[number]) => {
      statements = 0;
      await adapter[method](keys);
      return statements;
    };
    try {
      for (const method of METHODS) {
        expect({ method, one: await count(students.slice(0, 1), method), all: await count(students, method) }).toEqual({
          method,
          one: 1,
          all: 1,
        });
      }
    } finally {
      await adapter.close?.();
    }
  });

  it('a descriptor the mapping lacks fails only the key whose record holds it', async () => {
    const [bad, good] = [...new Set(data.attendanceEvents.map((e) => e.studentId))];
    const event = data.attendanceEvents.find((e) => e.studentId === bad)!;
    // A district's own namespace, not mapped by the default (Ed-Fi) mapping.
    await sql`update student_school_attendance_event
      set attendance_event_category_descriptor = ${'uri://district.example.org/AttendanceEventCategoryDescriptor#T'}
      where student_unique_id = ${bad} and event_date = ${event.eventDate}`.execute(admin);
    const adapter = createMariadbSchoolsAdapter({ uri, database });
    try {
      const [failed, answered] = await adapter.attendanceEventsByStudentIds([bad, good]);
      expect(failed).toBeInstanceOf(Error);
      expect((failed as Error).name).toBe('UnmappedCodeError');
      expect((failed as Error).message).toContain('attendanceCategory');
      expect(Array.isArray(answered)).toBe(true);
    } finally {
      await adapter.close?.();
    }
  });
});
