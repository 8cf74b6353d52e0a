import { describe, expect, it } from 'vitest';
import { AdapterConfigError, adapterConfigFromEnv, HUB_DOMAINS } from './adapter-config.js';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    adapterConfigFromEnv(env);
  } catch (error) {
    if (error instanceof AdapterConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected an AdapterConfigError');
}

describe('adapter configuration from the environment', () => {
  it('runs every domain embedded when nothing is set', () => {
    const config = adapterConfigFromEnv({});
    for (const domain of HUB_DOMAINS) expect(config[domain]).toEqual({ kind: 'embedded' });
  });

  it('treats an empty variable as unset', () => {
    expect(adapterConfigFromEnv({ CHILD_WELFARE_ADAPTER: '', SCHOOLS_DATABASE_URL: ' ' }).childWelfare.kind).toBe('embedded');
  });

  it('reads a PostgreSQL child welfare and a MariaDB schools configuration', () => {
    const config = adapterConfigFromEnv({
      CHILD_WELFARE_ADAPTER: 'postgres',
      CHILD_WELFARE_DATABASE_URL: 'postgres://hub@db:5432/ccwis',
      CHILD_WELFARE_DB_SCHEMA: 'county',
      CHILD_WELFARE_MAPPING: 'county.yaml',
      SCHOOLS_ADAPTER: 'mariadb',
      SCHOOLS_DATABASE_URL: 'mysql://hub@sis:3306/sis',
    });
    expect(config.childWelfare).toEqual({ kind: 'postgres', url: 'postgres://hub@db:5432/ccwis', schema: 'county', mappingPath: 'county.yaml' });
    expect(config.schools).toEqual({ kind: 'mariadb', url: 'mysql://hub@sis:3306/sis', mappingPath: undefined });
    expect(config.identity).toEqual({ kind: 'embedded' });
  });

  it('names the variable and the allowed values for an unknown adapter', () => {
    expect(problemsOf({ CHILD_WELFARE_ADAPTER: 'oracle' })).toEqual([
      'CHILD_WELFARE_ADAPTER="oracle" is not an adapter for child-welfare; expected one of: embedded, postgres',
    ]);
    expect(problemsOf({ SCHOOLS_ADAPTER: 'postgres' })[0]).toMatch(/^SCHOOLS_ADAPTER="postgres" .* expected one of: embedded, mariadb$/);
    expect(problemsOf({ DV_SHELTER_ADAPTER: 'hmis' })[0]).toMatch(/^DV_SHELTER_ADAPTER=.*expected one of: embedded, hmis-csv$/);
  });

  it('requires a URL of the right scheme, naming the variable', () => {
    expect(problemsOf({ CHILD_WELFARE_ADAPTER: 'postgres' })).toEqual([
      'CHILD_WELFARE_DATABASE_URL is required for the postgres adapter, e.g. postgres://user:password@host:5432/database',
    ]);
    expect(problemsOf({ CHILD_WELFARE_ADAPTER: 'postgres', CHILD_WELFARE_DATABASE_URL: 'mysql://u:secret@h/db' })[0]).toBe(
      'CHILD_WELFARE_DATABASE_URL must start with postgres:// or postgresql:// for the postgres adapter, got mysql://u:***@h/db',
    );
    expect(problemsOf({ SCHOOLS_ADAPTER: 'mariadb', SCHOOLS_DATABASE_URL: 'not a url' })[0]).toMatch(/^SCHOOLS_DATABASE_URL is not a URL/);
    expect(problemsOf({ SCHOOLS_ADAPTER: 'mariadb', SCHOOLS_DATABASE_URL: 'mysql://root@h:3306' })[0]).toBe(
      'SCHOOLS_DATABASE_URL must name a database: mysql://user:password@host:3306/database',
    );
  });

  it('rejects settings that would be silently ignored', () => {
    expect(problemsOf({ CHILD_WELFARE_DATABASE_URL: 'postgres://h/db' })[0]).toMatch(
      /^CHILD_WELFARE_DATABASE_URL is set but CHILD_WELFARE_ADAPTER is embedded/,
    );
    expect(problemsOf({ SCHOOLS_ADAPTER: 'mariadb', SCHOOLS_DATABASE_URL: 'mysql://h/sis', SCHOOLS_DB_SCHEMA: 'x' })).toEqual([
      'SCHOOLS_DB_SCHEMA applies to postgres only; for mariadb name the database in SCHOOLS_DATABASE_URL',
    ]);
    expect(problemsOf({ CHILD_WELFARE_ADAPTER: 'postgres', CHILD_WELFARE_DATABASE_URL: 'postgres://h/db', CHILD_WELFARE_DB_SCHEMA: 'a;b' })[0]).toMatch(
      /^CHILD_WELFARE_DB_SCHEMA="a;b" is not a plain schema name/,
    );
  });

  it('reads the DV shelter HMIS CSV adapter, naming what it needs and what it ignores', () => {
    expect(adapterConfigFromEnv({ DV_SHELTER_ADAPTER: 'hmis-csv', DV_SHELTER_EXPORT_DIR: '/srv/dv/2026-11-01' }).dvShelter).toEqual({
      kind: 'hmis-csv',
      exportDir: '/srv/dv/2026-11-01',
    });
    expect(problemsOf({ DV_SHELTER_ADAPTER: 'hmis-csv' })).toEqual([
      'DV_SHELTER_EXPORT_DIR is required for the hmis-csv adapter: the directory holding one HMIS CSV export (Export.csv, Client.csv, ...)',
    ]);
    expect(problemsOf({ DV_SHELTER_ADAPTER: 'hmis-csv', DV_SHELTER_EXPORT_DIR: '/x', DV_SHELTER_DATABASE_URL: 'postgres://h/db' })).toEqual([
      'DV_SHELTER_DATABASE_URL applies to database adapters only; the hmis-csv adapter reads DV_SHELTER_EXPORT_DIR',
    ]);
    expect(problemsOf({ DV_SHELTER_EXPORT_DIR: '/x' })[0]).toMatch(/^DV_SHELTER_EXPORT_DIR is set but DV_SHELTER_ADAPTER is embedded/);
    expect(problemsOf({ CHILD_WELFARE_ADAPTER: 'postgres', CHILD_WELFARE_DATABASE_URL: 'postgres://h/db', CHILD_WELFARE_EXPORT_DIR: '/x' })).toEqual([
      'CHILD_WELFARE_EXPORT_DIR applies to the hmis-csv adapter only; CHILD_WELFARE_ADAPTER is postgres',
    ]);
  });

  it('reads the behavioral health FHIR adapter, naming what it needs and what it ignores', () => {
    expect(adapterConfigFromEnv({ BEHAVIORAL_HEALTH_ADAPTER: 'fhir', BEHAVIORAL_HEALTH_FHIR_URL: 'https://ehr.example.org/fhir' }).behavioralHealth).toEqual({
      kind: 'fhir',
      url: 'https://ehr.example.org/fhir',
    });
    expect(
      adapterConfigFromEnv({ BEHAVIORAL_HEALTH_ADAPTER: 'fhir', BEHAVIORAL_HEALTH_FHIR_URL: 'http://h:4103/4_0_1', BEHAVIORAL_HEALTH_FHIR_IDENTIFIER_SYSTEM: 'urn:oid:2.16.840.1.113883.19.5' })
        .behavioralHealth,
    ).toEqual({ kind: 'fhir', url: 'http://h:4103/4_0_1', identifierSystem: 'urn:oid:2.16.840.1.113883.19.5' });
    expect(problemsOf({ BEHAVIORAL_HEALTH_ADAPTER: 'fhir' })).toEqual([
      'BEHAVIORAL_HEALTH_FHIR_URL is required for the fhir adapter: the FHIR R4 base URL, e.g. https://ehr.example.org/fhir',
    ]);
    expect(problemsOf({ BEHAVIORAL_HEALTH_ADAPTER: 'fhir', BEHAVIORAL_HEALTH_FHIR_URL: 'postgres://u:secret@h/db' })).toEqual([
      'BEHAVIORAL_HEALTH_FHIR_URL must be an http:// or https:// URL (the FHIR base, e.g. https://ehr.example.org/fhir), got "postgres://u:***@h/db"',
    ]);
    expect(problemsOf({ BEHAVIORAL_HEALTH_ADAPTER: 'fhir', BEHAVIORAL_HEALTH_FHIR_URL: 'https://h/fhir', BEHAVIORAL_HEALTH_FHIR_IDENTIFIER_SYSTEM: 'MRN' })).toEqual([
      'BEHAVIORAL_HEALTH_FHIR_IDENTIFIER_SYSTEM="MRN" is not an identifier system URI (https://… or urn:oid:…)',
    ]);
    expect(problemsOf({ BEHAVIORAL_HEALTH_ADAPTER: 'fhir', BEHAVIORAL_HEALTH_FHIR_URL: 'https://h/fhir', BEHAVIORAL_HEALTH_DATABASE_URL: 'postgres://h/db' })).toEqual([
      'BEHAVIORAL_HEALTH_DATABASE_URL does not apply to the fhir adapter, which reads BEHAVIORAL_HEALTH_FHIR_URL',
    ]);
    expect(problemsOf({ BEHAVIORAL_HEALTH_FHIR_URL: 'https://h/fhir' })[0]).toMatch(/^BEHAVIORAL_HEALTH_FHIR_URL is set but BEHAVIORAL_HEALTH_ADAPTER is embedded \(unset\); set BEHAVIORAL_HEALTH_ADAPTER to one of: fhir$/);
    expect(problemsOf({ CHILD_WELFARE_ADAPTER: 'postgres', CHILD_WELFARE_DATABASE_URL: 'postgres://h/db', CHILD_WELFARE_FHIR_URL: 'https://h/fhir' })).toEqual([
      'CHILD_WELFARE_FHIR_URL applies to the fhir adapter only; CHILD_WELFARE_ADAPTER is postgres',
    ]);
    expect(problemsOf({ SCHOOLS_ADAPTER: 'fhir' })[0]).toBe('SCHOOLS_ADAPTER="fhir" is not an adapter for schools; expected one of: embedded, mariadb');
  });

  it('reads resilience settings per domain, naming a bad value and its range', () => {
    const config = adapterConfigFromEnv({ CHILD_WELFARE_TIMEOUT_MS: '750', CHILD_WELFARE_CIRCUIT_RESET_MS: '5000', SCHOOLS_RESILIENCE: 'off' });
    expect(config.childWelfare).toEqual({ kind: 'embedded', resilience: { timeoutMs: 750, circuit: { resetMs: 5000 } } });
    expect(config.schools.resilience).toBe(false);
    expect(config.identity.resilience).toBeUndefined();
    expect(problemsOf({ SCHOOLS_TIMEOUT_MS: '2s', DV_SHELTER_RETRIES: '9', IDENTITY_RESILIENCE: 'maybe' })).toEqual([
      'IDENTITY_RESILIENCE="maybe" is not on or off',
      'DV_SHELTER_RETRIES="9" is not a whole number from 0 to 3',
      'SCHOOLS_TIMEOUT_MS="2s" is not a whole number from 1 to 600000',
    ]);
  });

  it('reports every problem at once', () => {
    expect(problemsOf({ CHILD_WELFARE_ADAPTER: 'oracle', SCHOOLS_ADAPTER: 'mariadb' })).toHaveLength(2);
  });
});
