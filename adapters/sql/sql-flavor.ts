/**
 * The little that differs between the databases one Kysely adapter serves: how to ask for binary
 * (code-unit) order, which `listCaseworkers` promises and its `after` cursor compares in. Locale
 * collations (`en_US.UTF-8`, `utf8mb4_general_ci`) would order `a` before `B` and fold case.
 */
import { type RawBuilder, sql } from 'kysely';

export type SqlFlavor = 'postgres' | 'mysql';

const BINARY_COLLATION: Record<SqlFlavor, string> = {
  postgres: '"C"',
  mysql: 'utf8mb4_bin',
};

/** `column COLLATE <binary>`: byte order of UTF-8, which is code-point order. */
export function binaryCollated(flavor: SqlFlavor, column: string): RawBuilder<string> {
  return sql<string>`${sql.ref(column)} collate ${sql.raw(BINARY_COLLATION[flavor])}`;
}
