/** A database adapter from its configuration and mapping; the adapter owns the connection pool. */
import { createSqlChildWelfareAdapter } from '../child-welfare/postgres/adapter.js';
import type { ChildWelfareMapping } from '../child-welfare/postgres/mapping.js';
import type { ChildWelfareAdapter } from '../child-welfare/port.js';
import { createSqlSchoolsAdapter } from '../schools/mariadb/adapter.js';
import type { SchoolsMapping } from '../schools/mariadb/mapping.js';
import type { SchoolsAdapter } from '../schools/port.js';
import { createMysqlKysely } from '../sql/mysql-connection.js';
import { createPostgresKysely } from '../sql/postgres-connection.js';
import type { SqlDb } from '../sql/sql-db.js';
import type { SqlFlavor } from '../sql/sql-flavor.js';
import type { SqlConfig } from './adapter-config.js';

export interface SqlConnection {
  db: SqlDb;
  flavor: SqlFlavor;
}

/** A pool; nothing connects until the first query (a database down at start is a health matter). */
export function connectSql(config: SqlConfig, poolSize?: number): SqlConnection {
  return config.kind === 'postgres'
    ? { db: createPostgresKysely({ connectionString: config.url, schema: config.schema, max: poolSize }), flavor: 'postgres' }
    : { db: createMysqlKysely({ uri: config.url, connectionLimit: poolSize }), flavor: 'mysql' };
}

export function childWelfareOver({ db, flavor }: SqlConnection, mapping: ChildWelfareMapping): ChildWelfareAdapter {
  return createSqlChildWelfareAdapter(db, flavor, { mapping });
}

export function schoolsOver({ db, flavor }: SqlConnection, mapping: SchoolsMapping): SchoolsAdapter {
  return createSqlSchoolsAdapter(db, flavor, { mapping });
}
