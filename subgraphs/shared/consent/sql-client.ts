/**
 * The little SQL the consent store needs, so one implementation runs on Postgres (pg) and on
 * PGlite (Postgres in WASM, the embedded default). Every statement is a single one, so no
 * transactions; `exec` runs a parameterless script (the schema) on one connection.
 */
export interface SqlClient {
  /** `$1, $2, ...` placeholders, as Postgres takes them. */
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: T[] }>;
  /** Several statements, no parameters, one connection (so BEGIN … COMMIT holds). */
  exec(script: string): Promise<void>;
  /** Where the data lives, for health (never a password). */
  readonly description: string;
  close(): Promise<void>;
}
